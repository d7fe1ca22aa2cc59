import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-sm font-semibold text-primary">404</p>
      <h1 className="text-2xl font-semibold">No encontramos esta página</h1>
      <p className="text-sm text-muted-foreground">Revisa la dirección o vuelve al inicio.</p>
      <Link href="/" className="mt-2 text-sm font-medium text-primary hover:underline">
        Ir al inicio
      </Link>
    </main>
  );
}
