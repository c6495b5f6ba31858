import type { ComponentChildren } from 'preact';

interface CollapsibleSectionProps {
  readonly id: string;
  readonly title: string;
  readonly isOpen: boolean;
  readonly onToggle: (id: string, isOpen: boolean) => void;
  readonly children: ComponentChildren;
}

/**
 * A native <details> section whose open state the popup remembers. Its body is built only while
 * open, so the popup's first paint does not wait for sections nobody looks at.
 */
export function CollapsibleSection({ id, title, isOpen, onToggle, children }: CollapsibleSectionProps) {
  return (
    <details
      class="section"
      id={`section-${id}`}
      open={isOpen}
      onToggle={(event) => {
        onToggle(id, event.currentTarget.open);
      }}
    >
      <summary>
        <h2>{title}</h2>
      </summary>
      {isOpen && <div class="section-body">{children}</div>}
    </details>
  );
}
