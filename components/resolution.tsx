import type { ReactNode } from "react";

export type ResolutionProps = { children: ReactNode };

export function Resolution({ children }: ResolutionProps) {
  return (
    <div className="mt-4">
      <p className="!mb-1 font-semibold">How to fix it</p>
      {children}
    </div>
  );
}
