import {
  BarChart3,
  Bell,
  Briefcase,
  FileText,
  Home,
  type LucideIcon,
  Shield,
  Siren,
  Truck,
  Users,
  Wallet,
  RefreshCcw,
  FilePen,
} from "lucide-react";

import { canAny, type PermissionHolder } from "@/lib/permissions";

/**
 * Every screen of the web admin: its path, the permissions that open it (any of them; empty =
 * any signed-in user) and its breadcrumb trail. The sidebar, the route guard and the breadcrumbs
 * all read this one table.
 *
 * `built: false` marks screens of screens.md §1.0 that do not exist yet: they are never shown
 * (no placeholder pages). Whoever builds one flips it and adds its page under app/(dashboard).
 */
export interface Screen {
  id: string;
  title: string;
  href: string;
  permissions: readonly string[];
  built: boolean;
  /** Parent crumbs (the screen's own title is the last crumb). */
  trail?: readonly { label: string; href?: string }[];
  /** A live counter next to the menu item (screens.md §1.0); the sidebar maps the key to its source. */
  badge?: ScreenBadgeKey;
}

export type ScreenBadgeKey = "authorizations";

const screen = (s: Screen) => s;

const ADMIN_TRAIL = [{ label: "Administración" }] as const;
const COLLECTIONS_TRAIL = [{ label: "Cobranza" }] as const;

export const SCREENS = {
  home: screen({ id: "home", title: "Inicio", href: "/", permissions: [], built: true }),
  clients: screen({ id: "clients", title: "Clientes", href: "/clientes", permissions: ["clients.read"], built: true }),
  policies: screen({
    id: "policies",
    title: "Pólizas",
    href: "/polizas",
    permissions: ["policies.read", "policies.read_own"],
    built: true,
  }),
  policyNew: screen({
    id: "policyNew",
    title: "Nueva póliza",
    href: "/polizas/nueva",
    permissions: ["policies.create"],
    built: true,
    trail: [{ label: "Pólizas", href: "/polizas" }],
  }),
  collectionsDashboard: screen({
    id: "collectionsDashboard",
    title: "Tablero",
    href: "/cobranza",
    permissions: ["collections.read"],
    built: false,
    trail: COLLECTIONS_TRAIL,
  }),
  payments: screen({ id: "payments", title: "Pagos", href: "/cobranza/pagos", permissions: ["payments.read"], built: true, trail: COLLECTIONS_TRAIL }),
  authorizations: screen({
    id: "authorizations",
    title: "Autorizaciones",
    href: "/cobranza/autorizaciones",
    permissions: ["proposals.read", "proposals.approve", "policies.approve_submission"],
    built: true,
    badge: "authorizations",
    trail: COLLECTIONS_TRAIL,
  }),
  cashDeliveries: screen({
    id: "cashDeliveries",
    title: "Entregas de efectivo",
    href: "/cobranza/entregas",
    permissions: ["cash.read", "cash.confirm"],
    built: true,
    trail: COLLECTIONS_TRAIL,
  }),
  accounts: screen({ id: "accounts", title: "Cuentas de cobranza", href: "/cobranza/cuentas", permissions: ["cash.read"], built: false, trail: COLLECTIONS_TRAIL }),
  receipts: screen({ id: "receipts", title: "Recibos", href: "/cobranza/recibos", permissions: ["receipts.read"], built: true, trail: COLLECTIONS_TRAIL }),
  cancellations: screen({
    id: "cancellations",
    title: "Cancelaciones",
    href: "/cobranza/cancelaciones",
    permissions: ["cancellations.read"],
    built: true,
    trail: COLLECTIONS_TRAIL,
  }),
  messages: screen({ id: "messages", title: "Mensajes", href: "/cobranza/mensajes", permissions: ["notifications.read"], built: false, trail: COLLECTIONS_TRAIL }),
  promotions: screen({ id: "promotions", title: "Promociones", href: "/cobranza/promociones", permissions: ["promotions.read"], built: true, trail: COLLECTIONS_TRAIL }),
  routes: screen({ id: "routes", title: "Rutas y visitas", href: "/cobranza/rutas", permissions: ["collections.routes"], built: false, trail: COLLECTIONS_TRAIL }),
  claims: screen({ id: "claims", title: "Siniestros", href: "/siniestros", permissions: ["incidents.read"], built: false }),
  tows: screen({ id: "tows", title: "Grúas", href: "/gruas", permissions: ["tow.read"], built: false }),
  endorsements: screen({ id: "endorsements", title: "Endosos", href: "/endosos", permissions: ["endorsements.read"], built: false }),
  renewals: screen({ id: "renewals", title: "Renovaciones", href: "/renovaciones", permissions: ["renewals.read"], built: false }),
  hr: screen({ id: "hr", title: "Recursos humanos", href: "/rh", permissions: ["hr.my_vacations", "hr.my_permits", "hr.my_schedule", "hr.manage", "hr.admin"], built: false }),
  employees: screen({
    id: "employees",
    title: "Empleados",
    href: "/admin/empleados",
    permissions: ["admin.employees", "hr.admin", "hr.manage"],
    built: true,
    trail: ADMIN_TRAIL,
  }),
  // Everyone reads coverages (the wizard prices with them); the catalogue screen is for whoever
  // maintains it, so the administration group stays out of non-administrators' menus.
  coverages: screen({ id: "coverages", title: "Coberturas", href: "/admin/coberturas", permissions: ["coverages.edit"], built: true, trail: ADMIN_TRAIL }),
  shifts: screen({ id: "shifts", title: "Guardias", href: "/admin/guardias", permissions: ["shifts.read"], built: false, trail: ADMIN_TRAIL }),
  towProviders: screen({
    id: "towProviders",
    title: "Proveedores de grúa",
    href: "/admin/proveedores-grua",
    permissions: ["tow.manage_providers"],
    built: false,
    trail: ADMIN_TRAIL,
  }),
  users: screen({ id: "users", title: "Usuarios", href: "/admin/usuarios", permissions: ["admin.users"], built: true, trail: ADMIN_TRAIL }),
  roles: screen({ id: "roles", title: "Roles y permisos", href: "/admin/roles", permissions: ["admin.roles"], built: true, trail: ADMIN_TRAIL }),
  sessions: screen({ id: "sessions", title: "Sesiones activas", href: "/admin/sesiones", permissions: ["admin.sessions"], built: true, trail: ADMIN_TRAIL }),
  audit: screen({ id: "audit", title: "Bitácora", href: "/admin/bitacora", permissions: ["audit.read"], built: true, trail: ADMIN_TRAIL }),
  settings: screen({
    id: "settings",
    title: "Configuración",
    href: "/admin/configuracion",
    permissions: ["settings.read", "settings.edit"],
    built: true,
    trail: ADMIN_TRAIL,
  }),
  cancellationCodes: screen({
    id: "cancellationCodes",
    title: "Motivos de cancelación",
    href: "/admin/motivos-cancelacion",
    permissions: ["cancellations.edit_codes"],
    built: true,
    trail: ADMIN_TRAIL,
  }),
  reports: screen({ id: "reports", title: "Reportes", href: "/reportes", permissions: ["reports.read"], built: false }),
  notifications: screen({ id: "notifications", title: "Notificaciones", href: "/notificaciones", permissions: ["notifications.read"], built: false }),
  mySessions: screen({ id: "mySessions", title: "Mis sesiones", href: "/cuenta/sesiones", permissions: [], built: true, trail: [{ label: "Mi cuenta" }] }),
} satisfies Record<string, Screen>;

export type ScreenId = keyof typeof SCREENS;

export interface NavItem {
  screen: Screen;
  icon: LucideIcon;
}

export interface NavGroup {
  label: string;
  icon: LucideIcon;
  items: readonly Screen[];
}

export type NavEntry = NavItem | NavGroup;

/** The sidebar of screens.md §1.0, in its order. */
export const NAVIGATION: readonly NavEntry[] = [
  { screen: SCREENS.home, icon: Home },
  { screen: SCREENS.clients, icon: Users },
  { screen: SCREENS.policies, icon: FileText },
  {
    label: "Cobranza",
    icon: Wallet,
    items: [
      SCREENS.collectionsDashboard,
      SCREENS.payments,
      SCREENS.authorizations,
      SCREENS.cashDeliveries,
      SCREENS.accounts,
      SCREENS.receipts,
      SCREENS.cancellations,
      SCREENS.messages,
      SCREENS.promotions,
      SCREENS.routes,
    ],
  },
  { screen: SCREENS.claims, icon: Siren },
  { screen: SCREENS.tows, icon: Truck },
  { screen: SCREENS.endorsements, icon: FilePen },
  { screen: SCREENS.renewals, icon: RefreshCcw },
  { screen: SCREENS.hr, icon: Briefcase },
  {
    label: "Administración",
    icon: Shield,
    items: [
      SCREENS.employees,
      SCREENS.coverages,
      SCREENS.shifts,
      SCREENS.towProviders,
      SCREENS.users,
      SCREENS.roles,
      SCREENS.sessions,
      SCREENS.audit,
      SCREENS.settings,
      SCREENS.cancellationCodes,
    ],
  },
  { screen: SCREENS.reports, icon: BarChart3 },
  { screen: SCREENS.notifications, icon: Bell },
];


export function isGroup(entry: NavEntry): entry is NavGroup {
  return "items" in entry;
}

export function canOpen(user: PermissionHolder | null | undefined, s: Screen): boolean {
  return s.built && canAny(user, s.permissions);
}

/** The sidebar for this user: built screens they may open; groups left empty disappear. */
export function visibleNavigation(user: PermissionHolder | null | undefined): NavEntry[] {
  const out: NavEntry[] = [];
  for (const entry of NAVIGATION) {
    if (isGroup(entry)) {
      const items = entry.items.filter((s) => canOpen(user, s));
      if (items.length) out.push({ ...entry, items });
    } else if (canOpen(user, entry.screen)) {
      out.push(entry);
    }
  }
  return out;
}

/** The screen a path belongs to (the longest matching href), for breadcrumbs and the guard. */
export function screenForPath(pathname: string): Screen | undefined {
  let best: Screen | undefined;
  for (const s of Object.values(SCREENS) as Screen[]) {
    const match = s.href === "/" ? pathname === "/" : pathname === s.href || pathname.startsWith(`${s.href}/`);
    if (match && (!best || s.href.length > best.href.length)) best = s;
  }
  return best;
}
