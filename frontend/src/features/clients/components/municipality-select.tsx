"use client";

import { Check, ChevronDown } from "lucide-react";
import * as React from "react";

import { cn } from "@/lib/utils";
import { useDebouncedValue } from "@/lib/use-debounced-value";

import { type Municipality, municipalityLabel, useMunicipalities } from "../api/queries";

interface MunicipalitySelectProps {
  /** The chosen municipality id as the form keeps it ("" = none). */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** "Municipio, Estado" of the current value when the form opens (edit). */
  initialLabel?: string;
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  disabled?: boolean;
}

/**
 * A searchable select (WAI-ARIA combobox): type part of the municipality or the state, pick
 * "Municipio, Estado" with the mouse or the arrows and Enter. Typing again clears the choice until
 * another one is picked, so the form never keeps an id that does not match the text.
 */
export function MunicipalitySelect({
  value,
  onChange,
  onBlur,
  initialLabel = "",
  id,
  disabled,
  ...aria
}: MunicipalitySelectProps) {
  const listId = React.useId();
  const [text, setText] = React.useState(value ? initialLabel : "");
  const [open, setOpen] = React.useState(false);
  const [active, setActive] = React.useState(0);
  const [searching, setSearching] = React.useState(false);
  // While the text is the chosen label, list everything (to change it); else search what is typed.
  const q = useDebouncedValue(searching ? text : "", 250);
  const municipalities = useMunicipalities(q, open);
  const options: Municipality[] = municipalities.data?.items ?? [];

  React.useEffect(() => setActive(0), [q]);

  const choose = (m: Municipality) => {
    setText(municipalityLabel(m));
    setSearching(false);
    setOpen(false);
    onChange(String(m.id));
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === "Enter") {
      if (open && options[active]) {
        e.preventDefault();
        choose(options[active]);
      }
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        e.stopPropagation(); // close the list, not the drawer
        setOpen(false);
      }
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;

  return (
    <div className="relative">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && options[active] ? optionId(active) : undefined}
        placeholder="Escribe el municipio o el estado"
        disabled={disabled}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setSearching(true);
          setOpen(true);
          if (value) onChange("");
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          onBlur?.();
        }}
        onKeyDown={onKeyDown}
        className={cn(
          "flex h-9 w-full min-w-0 rounded-md border border-input bg-card py-1 pl-3 pr-8 text-sm shadow-xs transition-colors",
          "placeholder:text-muted-foreground focus-visible:border-ring focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring/30",
          "disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive aria-invalid:ring-destructive/20",
        )}
        {...aria}
      />
      <ChevronDown aria-hidden="true" className="pointer-events-none absolute right-2.5 top-2.5 size-4 opacity-60" />
      {open ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="Municipios"
          className="absolute z-50 mt-1 max-h-60 w-full overflow-auto rounded-md border bg-popover p-1 text-sm text-popover-foreground shadow-md"
        >
          {options.map((m, i) => (
            <li
              key={m.id}
              id={optionId(i)}
              role="option"
              aria-selected={String(m.id) === value}
              // mousedown, not click: the input's blur would close the list first
              onMouseDown={(e) => {
                e.preventDefault();
                choose(m);
              }}
              onMouseEnter={() => setActive(i)}
              className={cn(
                "flex cursor-pointer items-center justify-between gap-2 rounded-sm px-2 py-1.5",
                i === active && "bg-accent text-accent-foreground",
              )}
            >
              {municipalityLabel(m)}
              {String(m.id) === value ? <Check aria-hidden="true" className="size-4" /> : null}
            </li>
          ))}
          {!options.length ? (
            <li role="presentation" className="px-2 py-1.5 text-muted-foreground">
              {municipalities.isFetching ? "Buscando…" : municipalities.isError ? "No se pudo cargar el catálogo." : "Sin coincidencias."}
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
