import { expect, request, test } from "@playwright/test";

import { demoAdminToken, expectShell, fillLogin } from "./support";

test("a user whose password an admin reset must choose a new one before going in", async ({ page, baseURL }) => {
  // The administrator resets cobrador1's password (through the API).
  const api = await request.newContext({ baseURL });
  const auth = { Authorization: `Bearer ${await demoAdminToken(api)}` };
  const users = (await (await api.get("/api/v1/admin/users?q=cobrador1", { headers: auth })).json()) as {
    items: { id: number; username: string }[];
  };
  const target = users.items.find((u) => u.username === "cobrador1");
  expect(target).toBeDefined();
  const reset = await api.post(`/api/v1/admin/users/${target!.id}/reset-password`, {
    headers: auth,
    data: { password: "Temporal-2026" },
  });
  expect(reset.ok(), await reset.text()).toBe(true);
  await api.dispose();

  await page.goto("/login");
  await fillLogin(page, "cobrador1", "Temporal-2026");
  await expect(page).toHaveURL(/\/login\/cambiar-contrasena$/);
  const newPassword = page.getByRole("textbox", { name: "Nueva contraseña", exact: true });
  const confirm = page.getByRole("textbox", { name: "Confirma la nueva contraseña" });
  const save = page.getByRole("button", { name: "Guardar y continuar" });

  // The meter and the rules follow the typing; the policy is checked before sending.
  await newPassword.fill("corta");
  await expect(page.getByRole("meter", { name: "Seguridad de la contraseña" })).toHaveAttribute("aria-valuetext", "Muy débil");
  await confirm.fill("otra");
  await save.click();
  await expect(page.getByText("Debe tener al menos 8 caracteres.")).toBeVisible();
  await expect(page.getByText("Las contraseñas no coinciden.")).toBeVisible();

  // What only the server knows (its list of common passwords) lands on the field.
  await newPassword.fill("Password1");
  await confirm.fill("Password1");
  await save.click();
  await expect(page.getByText(/demasiado común/)).toBeVisible();
  await expect(page).toHaveURL(/\/login\/cambiar-contrasena$/);

  await newPassword.fill("Cobranza-Segura-2026");
  await confirm.fill("Cobranza-Segura-2026");
  await save.click();
  await expect(page).toHaveURL(/\/$/);
  await expectShell(page);
});
