"use client";

import { useQueryClient } from "@tanstack/react-query";
import { History, Pencil } from "lucide-react";
import Link from "next/link";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toast";
import { recordHistoryHref } from "@/features/audit/components/audit-screen";
import { useSessionStore } from "@/features/auth/api/session-store";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { errorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { can } from "@/lib/permissions";

import { settingsKeys } from "../api/keys";
import { type Setting, useSettings } from "../api/queries";
import { displayLeaf, editorFields, valueAt } from "../lib/setting-form";
import { GROUPS, NETWORK_KEYS, SETTINGS_META, settingGroup, settingLabel } from "../lib/settings-meta";
import { AccessExceptions } from "./access-exceptions";
import { SettingForm } from "./setting-form";

function SettingValue({ setting }: { setting: Setting }) {
  const fields = editorFields(setting.key, setting.value);
  if (fields.length === 1 && fields[0]!.path.length === 0) {
    return <p className="text-lg font-semibold tabular-nums">{displayLeaf(fields[0]!, setting.value)}</p>;
  }
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {fields.map((f) => (
        <React.Fragment key={f.name}>
          <dt className="text-muted-foreground">{f.label}</dt>
          <dd className="font-medium tabular-nums">{displayLeaf(f, valueAt(setting.value, f.path))}</dd>
        </React.Fragment>
      ))}
    </dl>
  );
}

function SettingCard({ setting, mayEdit, mayReadAudit, editBlocked }: { setting: Setting; mayEdit: boolean; mayReadAudit: boolean; editBlocked: string | null }) {
  const [editing, setEditing] = React.useState(false);
  const queryClient = useQueryClient();
  const label = settingLabel(setting.key);
  return (
    <Card data-setting={setting.key}>
      <CardHeader className="flex-row items-start justify-between gap-3 pb-2">
        <div className="grid gap-1">
          <CardTitle>{label}</CardTitle>
          {setting.description ? <p className="text-sm text-muted-foreground">{setting.description}</p> : null}
        </div>
        <div className="flex shrink-0 gap-1">
          {mayReadAudit ? (
            <Button variant="ghost" size="icon" asChild>
              <Link href={recordHistoryHref("app_setting", setting.key)} aria-label={`Historial de ${label}`} title="Historial de cambios">
                <History className="size-4" />
              </Link>
            </Button>
          ) : null}
          {mayEdit && !editing ? (
            <Button
              variant="outline"
              size="sm"
              disabled={editBlocked !== null}
              title={editBlocked ?? undefined}
              onClick={() => setEditing(true)}
              aria-label={`Editar ${label}`}
            >
              <Pencil className="size-4" /> Editar
            </Button>
          ) : null}
        </div>
      </CardHeader>
      <CardContent className="grid gap-3">
        {editing ? (
          <SettingForm
            setting={setting}
            onCancel={() => setEditing(false)}
            onSaved={(saved) => {
              queryClient.setQueryData<Setting[]>(settingsKeys.list(), (list) => list?.map((s) => (s.key === saved.key ? saved : s)));
              toast.success("Configuración guardada", label);
              setEditing(false);
            }}
          />
        ) : (
          <SettingValue setting={setting} />
        )}
        <p className="text-xs text-muted-foreground">Última modificación: {formatDateTime(setting.updated_at)}</p>
      </CardContent>
    </Card>
  );
}

/** Configuración: business settings by group, typed editors; read-only without settings.edit. */
export function SettingsScreen() {
  const user = useSessionStore((s) => s.user);
  const mayEdit = can(user, "settings.edit");
  const mayNetwork = can(user, "admin.network");
  const mayReadAudit = can(user, "audit.read");
  const settings = useSettings();

  const grouped = React.useMemo(() => {
    const map = new Map<string, Setting[]>();
    for (const s of settings.data ?? []) {
      const g = settingGroup(s.key);
      map.set(g, [...(map.get(g) ?? []), s]);
    }
    const order = Object.keys(SETTINGS_META);
    const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
    return GROUPS.filter((g) => map.has(g)).map((g) => ({ group: g, items: map.get(g)!.sort((a, b) => rank(a.key) - rank(b.key)) }));
  }, [settings.data]);

  return (
    <div>
      <PageHeader
        title="Configuración"
        description="Umbrales y reglas del negocio. Cada cambio queda en la bitácora y aplica en la siguiente operación."
      />
      {!mayEdit ? <Alert className="mb-4">Solo lectura: no tienes permiso para editar la configuración.</Alert> : null}
      {settings.error ? (
        <Alert variant="destructive" className="mb-4">
          {errorMessage(settings.error)}
        </Alert>
      ) : null}
      {settings.isPending ? (
        <div className="grid gap-4 md:grid-cols-2">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-36 w-full" />
          ))}
        </div>
      ) : null}
      <div className="grid gap-8">
        {grouped.map(({ group, items }) => (
          <section key={group} aria-labelledby={`settings-${group}`}>
            <h2 id={`settings-${group}`} className="mb-3 text-lg font-semibold">
              {group}
            </h2>
            <div className="grid gap-4 md:grid-cols-2">
              {items.map((s) => (
                <SettingCard
                  key={s.key}
                  setting={s}
                  mayEdit={mayEdit}
                  mayReadAudit={mayReadAudit}
                  editBlocked={NETWORK_KEYS.has(s.key) && !mayNetwork ? "Cambiar la restricción de red requiere el permiso de red." : null}
                />
              ))}
            </div>
            {group === "Acceso y red" && mayNetwork ? (
              <div className="mt-4">
                <AccessExceptions />
              </div>
            ) : null}
          </section>
        ))}
      </div>
    </div>
  );
}
