import { useEffect, useState } from 'preact/hooks';
import { hasPermission, onPermissionsChanged, type OptionalPermission } from '../platform/permissions';

/** Whether the browser has granted `permission` now; follows grants and returns from any page. */
export function usePermission(permission: OptionalPermission): boolean | undefined {
  const [isGranted, setGranted] = useState<boolean>();
  useEffect(() => {
    let isCurrent = true;
    const read = (): void => {
      void hasPermission(permission).then((granted) => {
        if (isCurrent) setGranted(granted);
      });
    };
    read();
    const stopListening = onPermissionsChanged(read);
    return () => {
      isCurrent = false;
      stopListening();
    };
  }, [permission]);
  return isGranted;
}
