import type { ComponentProps, ReactNode } from "react";
import { Select } from "@/components/ui/input";

type Keyed<K extends "id" | "slug"> = { name: string } & Record<K, string>;

export type ProjectSelectProps<K extends "id" | "slug", P extends Keyed<K>> = Omit<ComponentProps<typeof Select>, "children"> & {
  projects: readonly P[];
  /** What an option's value is: the id where a form saves the project, the slug where a picker puts it in the URL. */
  valueBy: K;
  /** A first option with the empty value, for no project (or all of them). */
  noneLabel?: string;
  optionLabel?: (project: P) => string;
  /** Options after the projects (e.g. "New project…"). */
  children?: ReactNode;
};

/** A project picker: the app's Select with one option per project, in the order given. */
export function ProjectSelect<K extends "id" | "slug", P extends Keyed<K>>({ projects, valueBy, noneLabel, optionLabel = (p) => p.name, children, ...props }: ProjectSelectProps<K, P>) {
  return (
    <Select {...props}>
      {noneLabel !== undefined ? <option value="">{noneLabel}</option> : null}
      {projects.map((p) => (
        <option key={p[valueBy]} value={p[valueBy]}>
          {optionLabel(p)}
        </option>
      ))}
      {children}
    </Select>
  );
}
