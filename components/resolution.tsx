import type { RendererProps } from "@/lib/content/components";

export type ResolutionProps = RendererProps<"Resolution">;

export function Resolution({ children }: ResolutionProps) {
  return (
    <div className="mt-4">
      <p className="!mb-1 font-semibold">How to fix it</p>
      {children}
    </div>
  );
}
