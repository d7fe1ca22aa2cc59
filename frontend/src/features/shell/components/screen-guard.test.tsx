import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { useSessionStore, type Me } from "@/features/auth/api/session-store";

import { SCREENS } from "../navigation";
import { ScreenGuard } from "./screen-guard";

const replace = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ replace }) }));

function signIn(permissions: string[], isAdmin = false) {
  useSessionStore.setState({
    status: "authenticated",
    accessToken: "t",
    user: { id: 1, username: "u", full_name: "U", is_admin: isAdmin, permissions } as unknown as Me,
  });
}

afterEach(() => {
  cleanup(); // unmount before the store changes under the component
  replace.mockReset();
  useSessionStore.getState().clear();
});

describe("ScreenGuard", () => {
  it("renders the page for a user with its permission", () => {
    signIn(["admin.users"]);
    render(
      <ScreenGuard screen={SCREENS.users}>
        <p>lista de usuarios</p>
      </ScreenGuard>,
    );
    expect(screen.getByText("lista de usuarios")).toBeInTheDocument();
    expect(replace).not.toHaveBeenCalled();
  });

  it("never renders it without the permission and sends to Acceso denegado", () => {
    signIn(["policies.read_own"]);
    render(
      <ScreenGuard screen={SCREENS.users}>
        <p>lista de usuarios</p>
      </ScreenGuard>,
    );
    expect(screen.queryByText("lista de usuarios")).toBeNull();
    expect(replace).toHaveBeenCalledWith("/acceso-denegado?pantalla=users");
  });
});
