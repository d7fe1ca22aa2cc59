import { ApiError } from "@protegrt/api-client";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import type { LoginResult } from "../api/queries";
import { LoginForm } from "./login-form";

const ok: LoginResult = { status: "ok", access_token: "tok", expires_in: 900, token_type: "bearer" };

function setup(submit = vi.fn(async () => ok)) {
  const onResult = vi.fn();
  const user = userEvent.setup();
  render(<LoginForm submit={submit} onResult={onResult} />);
  const username = screen.getByRole("textbox", { name: "Usuario" });
  const password = screen.getByLabelText(/^Contraseña/);
  const button = screen.getByRole("button", { name: "Iniciar sesión" });
  return { user, submit, onResult, username, password, button };
}

describe("LoginForm", () => {
  it("asks for both fields in Spanish before sending anything", async () => {
    const { user, submit, button } = setup();
    await user.click(button);
    expect(await screen.findByText("Escribe tu usuario.")).toBeInTheDocument();
    expect(screen.getByText("Escribe tu contraseña.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Usuario" })).toHaveAttribute("aria-invalid", "true");
    expect(submit).not.toHaveBeenCalled();
  });

  it("sends the trimmed username and the password as typed, and hands on the answer", async () => {
    const { user, submit, onResult, username, password, button } = setup();
    await user.type(username, "  vendedor1 ");
    await user.type(password, " Clave 1 ");
    await user.click(button);
    expect(submit).toHaveBeenCalledWith({ username: "vendedor1", password: " Clave 1 " });
    expect(onResult).toHaveBeenCalledWith(ok);
  });

  it("shows and hides the password", async () => {
    const { user, password } = setup();
    expect(password).toHaveAttribute("type", "password");
    await user.click(screen.getByRole("button", { name: "Mostrar contraseña" }));
    expect(password).toHaveAttribute("type", "text");
    await user.click(screen.getByRole("button", { name: "Ocultar contraseña" }));
    expect(password).toHaveAttribute("type", "password");
  });

  it("shows the server's message from the error envelope", async () => {
    const submit = vi.fn(async (): Promise<LoginResult> => {
      throw new ApiError({ status: 401, code: "INVALID_CREDENTIALS", detail: "Usuario o contraseña incorrectos." });
    });
    const { user, onResult, username, password, button } = setup(submit);
    await user.type(username, "vendedor1");
    await user.type(password, "mala");
    await user.click(button);
    expect(await screen.findByRole("alert")).toHaveTextContent("Usuario o contraseña incorrectos.");
    expect(onResult).not.toHaveBeenCalled();
    expect(button).toBeEnabled();
  });

  it("on 429 says how long to wait (Retry-After) and holds the button until then", async () => {
    const submit = vi.fn(async (): Promise<LoginResult> => {
      throw new ApiError({
        status: 429,
        code: "RATE_LIMITED",
        detail: "Demasiados intentos fallidos. Espera unos minutos e inténtalo de nuevo.",
        retryAfter: 300,
      });
    });
    const { user, username, password } = setup(submit);
    await user.type(username, "vendedor1");
    await user.type(password, "mala");
    await user.click(screen.getByRole("button", { name: "Iniciar sesión" }));
    expect(await screen.findByTestId("login-error")).toHaveTextContent(
      "Demasiados intentos fallidos. Podrás intentarlo de nuevo en 5 minutos.",
    );
    expect(await screen.findByRole("button", { name: /^Espera 5 minutos$/ })).toBeDisabled();
  });

  it("names the lock of the account with its wait", async () => {
    const submit = vi.fn(async (): Promise<LoginResult> => {
      throw new ApiError({ status: 429, code: "ACCOUNT_LOCKED", detail: "La cuenta está bloqueada.", retryAfter: 1800 });
    });
    const { user, username, password, button } = setup(submit);
    await user.type(username, "vendedor1");
    await user.type(password, "mala");
    await user.click(button);
    expect(await screen.findByTestId("login-error")).toHaveTextContent(/bloqueada temporalmente.*30 minutos/);
  });

  it("re-login keeps the username fixed", () => {
    render(<LoginForm submit={vi.fn()} onResult={vi.fn()} fixedUsername="vendedor1" />);
    expect(screen.getByRole("textbox", { name: "Usuario" })).toHaveValue("vendedor1");
    expect(screen.getByRole("textbox", { name: "Usuario" })).toHaveAttribute("readonly");
  });
});
