import { useCallback } from 'preact/hooks';
import { hasPermission, onPermissionsChanged, type OptionalPermission } from '../platform/permissions';
import { useLiveValue } from './use-live-value';

/** Whether the browser has granted `permission` now; follows grants and returns from any page. */
export function usePermission(permission: OptionalPermission): boolean | undefined {
  const read = useCallback(() => hasPermission(permission), [permission]);
  return useLiveValue(read, onPermissionsChanged)[0];
}
