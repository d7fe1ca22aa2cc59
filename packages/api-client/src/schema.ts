/**
 * GENERATED FILE, DO NOT EDIT. The ProtegRT API's types, from its OpenAPI document.
 * Regenerate with `make api-client` (packages/api-client/scripts/generate.mjs).
 */

export interface paths {
    "/api/v1/admin/access-exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Excepciones temporales a la restricción de red */
        get: operations["admin-list_access_exceptions"];
        put?: never;
        /** Conceder acceso fuera de red, lugar u horario por un periodo */
        post: operations["admin-create_access_exception"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/access-exceptions/{exception_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Terminar una excepción de acceso */
        delete: operations["admin-revoke_access_exception"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bitácora de auditoría (historial de cualquier registro; lo más reciente primero) */
        get: operations["admin-list_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Catálogo de permisos */
        get: operations["admin-list_permissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roles y sus permisos */
        get: operations["admin-list_roles"];
        put?: never;
        /** Crear un rol personalizado */
        post: operations["admin-create_role"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rol */
        get: operations["admin-get_role"];
        put?: never;
        post?: never;
        /** Eliminar un rol personalizado sin usuarios */
        delete: operations["admin-delete_role"];
        options?: never;
        head?: never;
        /** Editar nombre y descripción */
        patch: operations["admin-update_role"];
        trace?: never;
    };
    "/api/v1/admin/roles/{role_id}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Reemplazar los permisos del rol */
        put: operations["admin-replace_role_permissions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sesiones (web y dispositivos) */
        get: operations["admin-list_sessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cerrar una sesión */
        delete: operations["admin-revoke_session"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Configuración del negocio */
        get: operations["admin-list_settings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/settings/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Cambiar un valor de configuración (mismo tipo que el actual) */
        patch: operations["admin-update_setting"];
        trace?: never;
    };
    "/api/v1/admin/status-updater/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recalcular estatus de pólizas y pagos ahora */
        post: operations["status-updater-run_status_updater"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/status-updater/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bitácora de corridas del recálculo */
        get: operations["status-updater-list_status_updater_runs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Usuarios */
        get: operations["admin-list_users"];
        put?: never;
        /** Dar acceso (usuario) a un empleado */
        post: operations["admin-create_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Usuario */
        get: operations["admin-get_user"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{user_id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activar usuario */
        post: operations["admin-activate_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{user_id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Desactivar usuario (cierra todas sus sesiones) */
        post: operations["admin-deactivate_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{user_id}/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Permisos individuales (concedidos o revocados) */
        get: operations["admin-list_user_overrides"];
        /** Reemplazar permisos individuales */
        put: operations["admin-replace_user_overrides"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{user_id}/reset-2fa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restablecer la verificación en dos pasos (cierra todas sus sesiones) */
        post: operations["admin-reset_user_2fa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{user_id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restablecer contraseña (temporal; cierra todas sus sesiones) */
        post: operations["admin-reset_user_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{user_id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Reemplazar roles */
        put: operations["admin-replace_user_roles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{user_id}/sessions/revoke-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cerrar todas las sesiones del usuario */
        post: operations["admin-revoke_user_sessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/2fa/backup-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Regenerate Backup Codes
         * @description Genera 10 códigos de respaldo nuevos (los anteriores dejan de valer).
         */
        post: operations["auth-regenerate_backup_codes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/2fa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Totp Disable
         * @description Desactiva 2FA con un código nuevo (admin y gerentes no pueden desactivarlo).
         */
        post: operations["auth-totp_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/2fa/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Totp Enable
         * @description Activa 2FA con un código de la aplicación; entrega 10 códigos de respaldo (una sola vez).
         */
        post: operations["auth-totp_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/2fa/enroll/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enroll Confirm
         * @description Confirma la inscripción con un código: activa 2FA, entrega los códigos de respaldo y
         *     completa el inicio de sesión.
         */
        post: operations["auth-enroll_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/2fa/enroll/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enroll Start
         * @description Inscripción obligatoria (admin y gerentes): secreto, URI otpauth y QR.
         */
        post: operations["auth-enroll_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/2fa/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Totp Setup
         * @description Inicia la configuración de 2FA: secreto, URI otpauth y QR (aún no se activa).
         */
        post: operations["auth-totp_setup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login
         * @description Inicio de sesión web. Con `status = ok` entrega el access token (el refresh va en una
         *     cookie de sesión); si falta un paso, un `temp_token` para él.
         */
        post: operations["auth-login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/mobile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login Mobile
         * @description Inicio de sesión de las apps de campo: el refresh token (30 días) va en el cuerpo.
         */
        post: operations["auth-login_mobile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout
         * @description Cierra la sesión actual: su access token deja de valer de inmediato.
         */
        post: operations["auth-logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout All
         * @description Cierra todas mis sesiones (web y dispositivos).
         */
        post: operations["auth-logout_all"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Me
         * @description Mi usuario: roles, departamentos, banderas, permisos efectivos y estado de 2FA.
         */
        get: operations["auth-me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change Password
         * @description Cambia mi contraseña; mis demás sesiones se cierran.
         */
        post: operations["auth-change_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/change-required": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change Required Password
         * @description Cambio de contraseña obligatorio (tras un restablecimiento) y continúa el inicio de sesión.
         */
        post: operations["auth-change_required_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh
         * @description Renueva el access token. Web: la cookie; apps: `refresh_token` en el cuerpo. El refresh
         *     token rota en cada uso.
         */
        post: operations["auth-refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List My Sessions
         * @description Mis sesiones abiertas (navegadores y dispositivos).
         */
        get: operations["auth-list_my_sessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke My Session
         * @description Cierra una de mis sesiones (la de otro usuario responde 404).
         */
        delete: operations["auth-revoke_my_session"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-2fa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify 2Fa
         * @description Segundo paso: código TOTP de 6 dígitos o un código de respaldo.
         */
        post: operations["auth-verify_2fa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pendientes de autorizar */
        get: operations["authorization-get_pending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/policy-submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pólizas por autorizar (oficina) */
        get: operations["authorization-list_policy_submissions"];
        put?: never;
        /** Enviar una póliza desde la app de vendedores */
        post: operations["authorization-create_policy_submission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/policy-submissions/{submission_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Detalle de la póliza enviada */
        get: operations["authorization-get_policy_submission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/policy-submissions/{submission_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Aprobar: crea la póliza, sus pagos y su tarjeta */
        post: operations["authorization-approve_policy_submission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/policy-submissions/{submission_id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tomar la póliza enviada para revisión */
        post: operations["authorization-claim_policy_submission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/policy-submissions/{submission_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rechazar con motivo y correcciones requeridas */
        post: operations["authorization-reject_policy_submission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/policy-submissions/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mis pólizas enviadas (vendedor) */
        get: operations["authorization-list_my_policy_submissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Propuestas de cobro (oficina) */
        get: operations["authorization-list_proposals"];
        put?: never;
        /** Registrar una propuesta de cobro (app de campo) */
        post: operations["authorization-create_proposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/proposals/{proposal_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Detalle de la propuesta */
        get: operations["authorization-get_proposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/proposals/{proposal_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Aprobar y aplicar el pago */
        post: operations["authorization-approve_proposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/proposals/{proposal_id}/approve-with-corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Corregir (monto o recibo) y aprobar */
        post: operations["authorization-approve_proposal_with_corrections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/proposals/{proposal_id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tomar la propuesta para revisión */
        post: operations["authorization-claim_proposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/proposals/{proposal_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rechazar la propuesta (motivo obligatorio) */
        post: operations["authorization-reject_proposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/proposals/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mis propuestas de cobro */
        get: operations["authorization-list_my_proposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/proposals/mine/{proposal_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mi propuesta */
        get: operations["authorization-get_my_proposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/proposals/mine/{proposal_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancelar mi propuesta pendiente */
        post: operations["authorization-cancel_my_proposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authorization/proposals/mine/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mis propuestas: cuántas y cuánto por estatus */
        get: operations["authorization-my_proposal_totals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cancellation-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Motivos de cancelación (C1-C5) */
        get: operations["cancellations-list_cancellation_codes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cancellation-codes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Editar un motivo de cancelación */
        put: operations["cancellations-update_cancellation_code"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cancellations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cancelaciones (filtros: búsqueda, periodo, motivo) */
        get: operations["cancellations-list_cancellations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cancellations/{cancellation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Detalle de una cancelación */
        get: operations["cancellations-get_cancellation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cancellations/{cancellation_id}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deshacer una cancelación (restaura mensualidades y tarjeta; recalcula el estatus) */
        post: operations["cancellations-undo_cancellation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cash/collectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cobradores con efectivo por entregar */
        get: operations["cash-list_collectors_with_cash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cash/collectors/{collector_id}/expected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Efectivo esperado de un cobrador (por folio, con total) */
        get: operations["cash-get_expected_cash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cash/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entregas de efectivo */
        get: operations["cash-list_cash_deliveries"];
        put?: never;
        /** Confirmar la entrega de efectivo de un cobrador */
        post: operations["cash-confirm_cash_delivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cash/deliveries/{delivery_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Detalle de la entrega */
        get: operations["cash-get_cash_delivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cash/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mi efectivo pendiente de entregar */
        get: operations["cash-get_my_cash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cash/mine/deliveries/{delivery_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Detalle de una entrega mía */
        get: operations["cash-get_my_cash_delivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogs/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Catálogo de municipios */
        get: operations["catalogs-list_municipalities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lista y búsqueda de clientes */
        get: operations["clients-list_clients"];
        put?: never;
        /** Alta de cliente */
        post: operations["clients-create_client"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ficha del cliente */
        get: operations["clients-get_client"];
        put?: never;
        post?: never;
        /** Dar de baja cliente */
        delete: operations["clients-delete_client"];
        options?: never;
        head?: never;
        /** Editar cliente */
        patch: operations["clients-update_client"];
        trace?: never;
    };
    "/api/v1/clients/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exportar clientes (prohibido) */
        get: operations["clients-export_clients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clientes cerca de un punto */
        get: operations["clients-nearby_clients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coverages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Catálogo de coberturas */
        get: operations["coverages-list_coverages"];
        put?: never;
        /** Alta de cobertura */
        post: operations["coverages-create_coverage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coverages/{coverage_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Detalle de cobertura */
        get: operations["coverages-get_coverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Editar cobertura */
        patch: operations["coverages-update_coverage"];
        trace?: never;
    };
    "/api/v1/coverages/{coverage_id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activar cobertura */
        post: operations["coverages-activate_coverage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coverages/{coverage_id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Desactivar cobertura */
        post: operations["coverages-deactivate_coverage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coverages/{coverage_id}/payment-schemes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Formas de pago de la cobertura con sus pagos exactos */
        get: operations["coverages-payment_schemes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resumen de inicio */
        get: operations["dashboard-get_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lista de empleados */
        get: operations["employees-list_employees"];
        put?: never;
        /** Alta de empleado */
        post: operations["employees-create_employee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{employee_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ficha del empleado */
        get: operations["employees-get_employee"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Editar empleado */
        patch: operations["employees-update_employee"];
        trace?: never;
    };
    "/api/v1/employees/{employee_id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivar empleado */
        post: operations["employees-activate_employee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{employee_id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dar de baja al empleado (desactiva su usuario y cierra sus sesiones) */
        post: operations["employees-deactivate_employee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{employee_id}/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Reemplazar los departamentos del empleado */
        put: operations["employees-replace_employee_departments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/{employee_id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Horario semanal del empleado */
        get: operations["employees-get_employee_schedule"];
        /** Reemplazar el horario semanal (lo usa la geocerca) */
        put: operations["employees-replace_employee_schedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employees/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Catálogo de departamentos */
        get: operations["employees-list_departments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Subir un archivo (foto o PDF); el tipo se comprueba por su contenido */
        post: operations["files-upload_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Descargar un archivo (solo quien puede ver el registro al que pertenece) */
        get: operations["files-download_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lista de pagos */
        get: operations["payments-list_payments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{installment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Editar un pago (Cobranza) */
        patch: operations["payments-edit_payment"];
        trace?: never;
    };
    "/api/v1/payments/{installment_id}/problem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marcar (o resolver) un problema de pago */
        post: operations["payments-mark_payment_problem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/counter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pago en mostrador (completo o abono) */
        post: operations["payments-record_counter_payment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exportar la lista de pagos a Excel */
        get: operations["payments-export_payments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/policies/{policy_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pagos de una póliza: mensualidades, abonos, movimientos y saldos */
        get: operations["payments-get_policy_payments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/policies/{policy_id}/restructure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reestructurar de contado a cuotas */
        post: operations["payments-restructure_policy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/policies/{policy_id}/restructure-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vista previa de la reestructura de contado a cuotas */
        get: operations["payments-preview_restructure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/policies/{policy_id}/statement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Estado de cuenta del cliente (PDF) */
        get: operations["payments-print_statement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/transactions/{transaction_id}/receipt.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recibo de pago (PDF) */
        get: operations["payments-print_payment_receipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/transactions/{transaction_id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revertir un pago o abono (movimiento compensatorio) */
        post: operations["payments-reverse_transaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lista de pólizas */
        get: operations["policies-list_policies"];
        put?: never;
        /** Alta de póliza */
        post: operations["policies-create_policy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{policy_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Detalle de la póliza */
        get: operations["policies-get_policy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Editar póliza */
        patch: operations["policies-update_policy"];
        trace?: never;
    };
    "/api/v1/policies/{policy_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancelar una póliza */
        post: operations["cancellations-cancel_policy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{policy_id}/change-seller": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cambiar vendedor */
        post: operations["policies-change_policy_seller"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{policy_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Historial de la póliza (más reciente primero) */
        get: operations["policies-get_policy_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{policy_id}/lift-suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Quitar la suspensión */
        post: operations["policies-lift_policy_suspension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{policy_id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Póliza impresa (PDF) */
        get: operations["policies-print_policy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{policy_id}/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Aplicar una promoción a una póliza existente (solo mensualidades sin pagar) */
        post: operations["promotions-apply_promotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{policy_id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspender */
        post: operations["policies-suspend_policy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/amplia-select-eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Criterios de AMPLIA SELECT para un cliente y vehículo */
        get: operations["policies-amplia_select_eligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/by-folio/{folio}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Póliza por folio */
        get: operations["policies-get_policy_by_folio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exportar la lista de pólizas a Excel */
        get: operations["policies-export_policies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mis pólizas (vendedor) */
        get: operations["policies-list_my_policies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotion-applications/{application_id}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revertir una promoción aplicada (restaura exactamente las mensualidades) */
        post: operations["promotions-revert_promotion_application"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Promociones */
        get: operations["promotions-list_promotions"];
        put?: never;
        /** Crear promoción */
        post: operations["promotions-create_promotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/{promotion_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Promoción */
        get: operations["promotions-get_promotion"];
        put?: never;
        post?: never;
        /** Eliminar promoción nunca aplicada */
        delete: operations["promotions-delete_promotion"];
        options?: never;
        head?: never;
        /** Editar promoción (las reglas solo mientras no se haya aplicado) */
        patch: operations["promotions-update_promotion"];
        trace?: never;
    };
    "/api/v1/promotions/{promotion_id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activar promoción */
        post: operations["promotions-activate_promotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/{promotion_id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Historial de uso de una promoción */
        get: operations["promotions-list_promotion_applications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/{promotion_id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Desactivar promoción */
        post: operations["promotions-deactivate_promotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Simular promociones sobre un plan de pagos (no guarda nada) */
        post: operations["promotions-simulate_promotions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicadores */
        get: operations["promotions-promotions_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recibos (búsqueda y filtros) */
        get: operations["receipts-list_receipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{receipt_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Detalle del recibo */
        get: operations["receipts-get_receipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{receipt_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancelar un recibo (sin asignar/asignado: cancelado sin entregar) */
        post: operations["receipts-cancel_receipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{receipt_id}/mark-lost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marcar extraviado */
        post: operations["receipts-mark_receipt_lost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Asignar un rango a un cobrador (dentro de su límite) o a OFICINA */
        post: operations["receipts-assign_receipts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lotes de recibos */
        get: operations["receipts-list_receipt_batches"];
        put?: never;
        /** Alta de lote (letra + rango; los repetidos se omiten) */
        post: operations["receipts-create_receipt_batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/by-number/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recibo por número */
        get: operations["receipts-get_receipt_by_number"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exportar recibos a Excel */
        get: operations["receipts-export_receipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mis recibos (cobrador) */
        get: operations["receipts-list_my_receipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/mine/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mi existencia de recibos */
        get: operations["receipts-my_receipt_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/skipped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recibos saltados (un número mayor del mismo cobrador ya se usó) */
        get: operations["receipts-list_skipped_receipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/skipped/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirmar saltos: pasan a extraviados tras los días configurados si no se usan */
        post: operations["receipts-confirm_skipped_receipts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicadores: totales por estatus y existencia por cobrador (alerta < 10% del límite) */
        get: operations["receipts-receipt_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verificar un recibo (existe, no usado, asignado al cobrador u OFICINA) */
        get: operations["receipts-verify_receipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lista y búsqueda de vehículos */
        get: operations["vehicles-list_vehicles"];
        put?: never;
        /** Registrar vehículo */
        post: operations["vehicles-create_vehicle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{vehicle_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Detalle del vehículo */
        get: operations["vehicles-get_vehicle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Editar vehículo */
        patch: operations["vehicles-update_vehicle"];
        trace?: never;
    };
    "/api/v1/vehicles/by-serial/{serial_number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buscar vehículo por número de serie (NIV) */
        get: operations["vehicles-get_vehicle_by_serial"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claves vehiculares */
        get: operations["vehicles-list_vehicle_keys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** El proceso responde */
        get: operations["health-live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Base de datos y Redis disponibles */
        get: operations["health-ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AccessExceptionCreate */
        AccessExceptionCreate: {
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /** Reason */
            reason: string;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /** User Id */
            user_id: number;
        };
        /** AccessExceptionRead */
        AccessExceptionRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /** Granted By User Id */
            granted_by_user_id: number | null;
            /** Id */
            id: number;
            /** Reason */
            reason: string;
            /** Revoked At */
            revoked_at: string | null;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /** User Id */
            user_id: number;
        };
        /** AmpliaDetailRead */
        AmpliaDetailRead: {
            /** Commercial Value */
            commercial_value: string;
            /** Deductible Damage Pct */
            deductible_damage_pct: string;
            /** Deductible Theft Pct */
            deductible_theft_pct: string;
            /** Purchase Price */
            purchase_price: string;
            /** Sale Price */
            sale_price: string;
        };
        /**
         * AmpliaPricesIn
         * @description Purchase and sale value of the vehicle (guía de valores) for an AMPLIA-family policy: the
         *     commercial value stored in the AMPLIA detail is their mean.
         */
        AmpliaPricesIn: {
            /**
             * Purchase Price
             * @description Valor de compra
             */
            purchase_price: number | string;
            /**
             * Sale Price
             * @description Valor de venta
             */
            sale_price: number | string;
        };
        /** AmpliaSelectEligibility */
        AmpliaSelectEligibility: {
            /** Client Id */
            client_id: number;
            /** Criteria */
            criteria: components["schemas"]["EligibilityCriterion"][];
            /** Eligible */
            eligible: boolean | null;
            /** Requires Manager Confirmation */
            requires_manager_confirmation: boolean;
            /** Summary */
            summary: string;
            /** Vehicle Allows Comprehensive */
            vehicle_allows_comprehensive: boolean;
            /** Vehicle Id */
            vehicle_id: number;
        };
        /** CancellationRead */
        app__modules__cancellations__schemas__CancellationRead: {
            /**
             * Cancelled At
             * Format: date-time
             */
            cancelled_at: string;
            /** Cancelled By User Id */
            cancelled_by_user_id: number | null;
            /** Client Id */
            client_id: number;
            /** Client Name */
            client_name: string;
            /** Client Notified At */
            client_notified_at: string | null;
            /** Code */
            code: string;
            /** Code Description */
            code_description: string;
            /** Collector Notified At */
            collector_notified_at: string | null;
            /** Folio */
            folio: number;
            /** Highlight */
            highlight: boolean;
            /** Id */
            id: number;
            /** Installments Cancelled */
            installments_cancelled: number;
            /**
             * Notes
             * @description Observaciones de la póliza
             */
            notes: string | null;
            /** Notify Client */
            notify_client: boolean;
            /** Notify Collector */
            notify_collector: boolean;
            /** Notify Seller */
            notify_seller: boolean;
            /** Payments Made */
            payments_made: number;
            /** Policy Id */
            policy_id: number;
            /** Reason */
            reason: string;
            /** Seller Notified At */
            seller_notified_at: string | null;
            /** Undo Reason */
            undo_reason: string | null;
            /** Undone At */
            undone_at: string | null;
            /** Undone By User Id */
            undone_by_user_id: number | null;
        };
        /** AddressIn */
        app__modules__clients__schemas__AddressIn: {
            /**
             * Exterior Number
             * @description Número exterior (vacío: S/N)
             */
            exterior_number?: string | null;
            /** Interior Number */
            interior_number?: string | null;
            /** @description Pin del mapa; sin él se usa el centro del municipio, marcado como aproximado */
            location?: components["schemas"]["PointIn"] | null;
            /** Municipality Id */
            municipality_id: number;
            /**
             * Neighborhood
             * @description Colonia
             */
            neighborhood: string;
            /** Postal Code */
            postal_code: string;
            /** Street */
            street: string;
        };
        /** AddressRead */
        app__modules__clients__schemas__AddressRead: {
            /** Exterior Number */
            exterior_number: string | null;
            /** Id */
            id: number;
            /** Interior Number */
            interior_number: string | null;
            location: components["schemas"]["PointRead"] | null;
            /** Location Is Approximate */
            location_is_approximate: boolean;
            location_source: components["schemas"]["LocationSource"] | null;
            /** Municipality */
            municipality: string;
            /** Municipality Id */
            municipality_id: number;
            /** Neighborhood */
            neighborhood: string | null;
            /** Postal Code */
            postal_code: string | null;
            /** State */
            state: string;
            /** Street */
            street: string;
        };
        /** InstallmentRead */
        app__modules__coverages__schemas__InstallmentRead: {
            /** Amount */
            amount: string;
            /**
             * Due Date
             * Format: date
             */
            due_date: string;
            /** Number */
            number: number;
        };
        /** AddressIn */
        app__modules__employees__schemas__AddressIn: {
            /** Exterior Number */
            exterior_number?: string | null;
            /** Interior Number */
            interior_number?: string | null;
            /** Municipality Id */
            municipality_id: number;
            /** Neighborhood */
            neighborhood?: string | null;
            /** Postal Code */
            postal_code?: string | null;
            /** Street */
            street: string;
        };
        /** AddressRead */
        app__modules__employees__schemas__AddressRead: {
            /** Exterior Number */
            exterior_number: string | null;
            /** Id */
            id: number;
            /** Interior Number */
            interior_number: string | null;
            /** Municipality */
            municipality: string;
            /** Municipality Id */
            municipality_id: number;
            /** Neighborhood */
            neighborhood: string | null;
            /** Postal Code */
            postal_code: string | null;
            /** State */
            state: string;
            /** Street */
            street: string;
        };
        /** CancellationRead */
        app__modules__policies__schemas__CancellationRead: {
            /**
             * Cancelled At
             * Format: date-time
             */
            cancelled_at: string;
            /** Cancelled By User Id */
            cancelled_by_user_id: number | null;
            /** Code */
            code: string;
            /** Code Description */
            code_description: string;
            /** Id */
            id: number;
            /** Payments Made */
            payments_made: number;
            /** Reason */
            reason: string;
        };
        /** InstallmentRead */
        app__modules__policies__schemas__InstallmentRead: {
            /** Amount */
            amount: string;
            /** Collector Id */
            collector_id: number | null;
            /** Comments */
            comments: string | null;
            /**
             * Due Date
             * Format: date
             */
            due_date: string;
            /** Has Problem */
            has_problem: boolean;
            /** Id */
            id: number;
            /** Paid Amount */
            paid_amount: string | null;
            /** Paid Date */
            paid_date: string | null;
            /**
             * Partial Paid
             * @description Suma de abonos aplicados
             */
            partial_paid: string;
            /** Partials */
            partials: components["schemas"]["PartialRead"][];
            payment_method: components["schemas"]["PaymentMethod"] | null;
            /** Payment Number */
            payment_number: number;
            /** Receipt Number */
            receipt_number: string | null;
            /**
             * Remaining
             * @description Lo que falta por cubrir de este pago
             */
            remaining: string;
            /** Seller Id */
            seller_id: number | null;
            status: components["schemas"]["PaymentStatus"];
        };
        /** ApplicationRead */
        ApplicationRead: {
            /**
             * Applied At
             * Format: date-time
             */
            applied_at: string;
            /** Applied By User Id */
            applied_by_user_id: number | null;
            /** Changes */
            changes: {
                [key: string]: unknown;
            }[];
            /** Discount */
            discount: string;
            /** Id */
            id: number;
            /** Policy Id */
            policy_id: number;
            /** Promotion Code */
            promotion_code: string;
            /** Promotion Id */
            promotion_id: number;
            /** Referred Policy Id */
            referred_policy_id: number | null;
            /** Referrer Policy Id */
            referrer_policy_id: number | null;
            /** Reverted At */
            reverted_at: string | null;
            /** Reverted By User Id */
            reverted_by_user_id: number | null;
            /** Rule Id */
            rule_id: number;
        };
        /** ApplyPromotionIn */
        ApplyPromotionIn: {
            /** Code */
            code: string;
            /**
             * Referrer Folio
             * @description Folio de la póliza referente (referidos)
             */
            referrer_folio?: number | null;
        };
        /** ApplyResultRead */
        ApplyResultRead: {
            /** Applications */
            applications: components["schemas"]["ApplicationRead"][];
            /**
             * Notes
             * @description Avisos (p. ej. beneficio del referente)
             */
            notes?: string[];
        };
        /** ApproveIn */
        ApproveIn: {
            /** Notes */
            notes?: string | null;
        };
        /** ApproveWithCorrectionsIn */
        ApproveWithCorrectionsIn: {
            /**
             * Amount
             * @description Monto corregido
             */
            amount?: number | string | null;
            /** Notes */
            notes?: string | null;
            /**
             * Receipt Number
             * @description Número de recibo corregido
             */
            receipt_number?: string | null;
        };
        /**
         * AppType
         * @description The three field apps.
         * @enum {string}
         */
        AppType: "collector" | "seller" | "adjuster";
        /**
         * AssignIn
         * @description Assign the unassigned receipts of a range to a collector, or to OFICINA (counter payments).
         */
        AssignIn: {
            /**
             * Collector Id
             * @description Empleado que recibe el talonario
             */
            collector_id?: number | null;
            /**
             * First
             * @example A0001
             */
            first: string;
            /**
             * Last
             * @example A0001
             */
            last: string;
            /**
             * To Office
             * @description Asignar a OFICINA (pagos en mostrador)
             * @default false
             */
            to_office: boolean;
        };
        /** AssignResult */
        AssignResult: {
            /** Assigned */
            assigned: number;
            /** Assigned Ranges */
            assigned_ranges: string[];
            /** Not Assigned Ranges */
            not_assigned_ranges: string[];
            /** Unavailable Ranges */
            unavailable_ranges: string[];
            /** Warning */
            warning?: string | null;
        };
        /** AuditEntryRead */
        AuditEntryRead: {
            /** Action */
            action: string;
            /** After */
            after: unknown;
            /** Before */
            before: unknown;
            /** Device Id */
            device_id: string | null;
            /** Id */
            id: number;
            /** Ip */
            ip: string | null;
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /** Record Id */
            record_id: string | null;
            /** Request Id */
            request_id: string | null;
            /** Table Name */
            table_name: string;
            /** User Agent */
            user_agent: string | null;
            /** User Id */
            user_id: number | null;
            /** Username */
            username: string | null;
        };
        /** BackupCodesOut */
        BackupCodesOut: {
            /**
             * Backup Codes
             * @description Se muestran una única vez; cada uno sirve una vez
             */
            backup_codes: string[];
        };
        /**
         * BatchCreate
         * @description A range of paper receipts: ``first`` and ``last`` share the prefix (A0001-A0500).
         */
        BatchCreate: {
            /**
             * First
             * @example A0001
             */
            first: string;
            /**
             * Last
             * @example A0001
             */
            last: string;
        };
        /** BatchRead */
        BatchRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By User Id */
            created_by_user_id: number | null;
            /** Created Count */
            created_count: number;
            /** First Seq */
            first_seq: number;
            /** Id */
            id: number;
            kind: components["schemas"]["ReceiptKind"];
            /** Last Seq */
            last_seq: number;
            /** Prefix */
            prefix: string;
            /** Skipped Count */
            skipped_count: number;
        };
        /** BatchResult */
        BatchResult: {
            batch: components["schemas"]["BatchRead"];
            /** Created */
            created: number;
            /** Skipped */
            skipped: number;
            /** Skipped Ranges */
            skipped_ranges: string[];
            /** Warning */
            warning?: string | null;
        };
        /**
         * BenefitType
         * @description Promotion benefits (domain.md §6).
         * @enum {string}
         */
        BenefitType: "percentage" | "fixed_amount" | "free_months" | "zero_down_payment";
        /** Body_files-upload_file */
        "Body_files-upload_file": {
            /**
             * File
             * @description El archivo
             */
            file: string;
            /** @description Para qué es el archivo */
            purpose: components["schemas"]["UploadPurpose"];
        };
        /** CancellationCodeRead */
        CancellationCodeRead: {
            /**
             * Blocks Renewal
             * @description Bloquea las ofertas automáticas de renovación
             */
            blocks_renewal: boolean;
            /** Code */
            code: string;
            /** Description */
            description: string;
            /**
             * Highlight
             * @description Se resalta (naranja) en listas y en el reporte de renovaciones
             */
            highlight: boolean;
            /** Is Active */
            is_active: boolean;
        };
        /** CancellationCodeUpdate */
        CancellationCodeUpdate: {
            /** Blocks Renewal */
            blocks_renewal: boolean;
            /** Description */
            description: string;
            /** Highlight */
            highlight: boolean;
            /** Is Active */
            is_active: boolean;
        };
        /** CancellationDetail */
        CancellationDetail: {
            /**
             * Cancelled At
             * Format: date-time
             */
            cancelled_at: string;
            /** Cancelled By User Id */
            cancelled_by_user_id: number | null;
            /** Client Id */
            client_id: number;
            /** Client Name */
            client_name: string;
            /** Client Notified At */
            client_notified_at: string | null;
            /** Code */
            code: string;
            /** Code Description */
            code_description: string;
            /** Collector Notified At */
            collector_notified_at: string | null;
            /** Folio */
            folio: number;
            /** Highlight */
            highlight: boolean;
            /** Id */
            id: number;
            /** Installments Cancelled */
            installments_cancelled: number;
            /**
             * Notes
             * @description Observaciones de la póliza
             */
            notes: string | null;
            /** Notify Client */
            notify_client: boolean;
            /** Notify Collector */
            notify_collector: boolean;
            /** Notify Seller */
            notify_seller: boolean;
            /** Payments Made */
            payments_made: number;
            /** Policy Id */
            policy_id: number;
            /** Reason */
            reason: string;
            /** Seller Notified At */
            seller_notified_at: string | null;
            /**
             * Snapshot
             * @description Lo que cambió la cancelación (para deshacerla)
             */
            snapshot: {
                [key: string]: unknown;
            };
            /** Undo Reason */
            undo_reason: string | null;
            /** Undone At */
            undone_at: string | null;
            /** Undone By User Id */
            undone_by_user_id: number | null;
        };
        /**
         * CancellationPeriod
         * @enum {string}
         */
        CancellationPeriod: "day" | "week" | "month" | "all";
        /** CancellationsSection */
        CancellationsSection: {
            /** Recent */
            recent: components["schemas"]["RecentCancellation"][];
            /**
             * Today
             * @description Cancelaciones de hoy que siguen vigentes (no deshechas)
             */
            today: number;
        };
        /** CancelPolicyIn */
        CancelPolicyIn: {
            /**
             * Code
             * @description Motivo C1-C5 (activo)
             */
            code: string;
            /**
             * Notify Client
             * @description Avisar al cliente (WhatsApp)
             * @default false
             */
            notify_client: boolean;
            /**
             * Notify Collector
             * @description Avisar al cobrador (app)
             * @default false
             */
            notify_collector: boolean;
            /**
             * Notify Seller
             * @description Avisar al vendedor (Telegram)
             * @default false
             */
            notify_seller: boolean;
            /**
             * Payments Made
             * @description Pagos realizados; por omisión, las mensualidades pagadas por completo. Las mensualidades sin pagar posteriores a ese número se cancelan.
             */
            payments_made?: number | null;
            /**
             * Reason
             * @description Explicación (al menos 10 caracteres)
             */
            reason: string;
        };
        /**
         * CardHolder
         * @description Who holds a collection card: a collector, or a virtual location.
         * @enum {string}
         */
        CardHolder: "collector" | "office" | "archive" | "deposit";
        /** CardRead */
        CardRead: {
            holder: components["schemas"]["CardHolder"];
            /** Holder Employee Id */
            holder_employee_id: number | null;
            /**
             * Holder Label
             * @description Nombre del cobrador u OFICINA / ARCHIVO / DEPOSITO
             */
            holder_label: string;
            /** Id */
            id: number;
            status: components["schemas"]["CardStatus"];
        };
        /**
         * CardStatus
         * @enum {string}
         */
        CardStatus: "active" | "paid_off" | "cancelled" | "recovery";
        /** ChangeSellerIn */
        ChangeSellerIn: {
            /** Reason */
            reason: string;
            /** Seller Id */
            seller_id: number;
        };
        /**
         * CheckLevel
         * @enum {string}
         */
        CheckLevel: "ok" | "warning" | "critical";
        /** ClientCreate */
        ClientCreate: {
            address: components["schemas"]["app__modules__clients__schemas__AddressIn"];
            /**
             * Confirm Duplicate
             * @description Guardar aunque haya un posible duplicado (mismo nombre y teléfono, o mismo RFC)
             * @default false
             */
            confirm_duplicate: boolean;
            /** Email */
            email?: string | null;
            /** First Name */
            first_name: string;
            /** Last Name */
            last_name: string;
            /** Notes */
            notes?: string | null;
            /** Phone Secondary */
            phone_secondary?: string | null;
            /**
             * Phone Whatsapp
             * @description WhatsApp: 10 dígitos
             */
            phone_whatsapp: string;
            /** Rfc */
            rfc?: string | null;
            /** Second Last Name */
            second_last_name?: string | null;
        };
        /** ClientDetail */
        ClientDetail: {
            address: components["schemas"]["app__modules__clients__schemas__AddressRead"] | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email */
            email: string | null;
            /** First Name */
            first_name: string;
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
            /** Last Name */
            last_name: string;
            /** Notes */
            notes: string | null;
            /** Phone Secondary */
            phone_secondary: string | null;
            /** Phone Whatsapp */
            phone_whatsapp: string;
            /** Policies */
            policies: components["schemas"]["ClientPolicyRead"][];
            /** Rfc */
            rfc: string | null;
            /** Second Last Name */
            second_last_name: string | null;
            status: components["schemas"]["ClientStatus"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Vehicles */
            vehicles: components["schemas"]["ClientVehicleRead"][];
        };
        /**
         * ClientPage
         * @description A page of clients. A text or nearby search counts at most 250 matches (``SEARCH_CAP``): beyond
         *     that ``total_is_capped`` is true and the user should narrow the search.
         */
        ClientPage: {
            /** Items */
            items: components["schemas"]["ClientRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
            /**
             * Total Is Capped
             * @description Hay más coincidencias que total: afina la búsqueda
             * @default false
             */
            total_is_capped: boolean;
        };
        /** ClientPolicyRead */
        ClientPolicyRead: {
            /** Coverage Id */
            coverage_id: number;
            /** Coverage Name */
            coverage_name: string;
            /**
             * Effective Date
             * Format: date
             */
            effective_date: string;
            /**
             * Expiration Date
             * Format: date
             */
            expiration_date: string;
            /** Folio */
            folio: number;
            /** Id */
            id: number;
            payment_plan: components["schemas"]["PaymentPlan"];
            payments: components["schemas"]["PaymentSummaryRead"];
            /** Prima Total */
            prima_total: string;
            status: components["schemas"]["PolicyStatus"];
            /** Vehicle Id */
            vehicle_id: number;
        };
        /** ClientRead */
        ClientRead: {
            address: components["schemas"]["app__modules__clients__schemas__AddressRead"] | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email */
            email: string | null;
            /** First Name */
            first_name: string;
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
            /** Last Name */
            last_name: string;
            /** Notes */
            notes: string | null;
            /** Phone Secondary */
            phone_secondary: string | null;
            /** Phone Whatsapp */
            phone_whatsapp: string;
            /** Rfc */
            rfc: string | null;
            /** Second Last Name */
            second_last_name: string | null;
            status: components["schemas"]["ClientStatus"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * ClientSort
         * @enum {string}
         */
        ClientSort: "relevance" | "name" | "-name" | "created_at" | "-created_at";
        /**
         * ClientStatus
         * @enum {string}
         */
        ClientStatus: "active" | "delinquent" | "no_policies";
        /** ClientSummary */
        ClientSummary: {
            /** Email */
            email: string | null;
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
            /** Phone Secondary */
            phone_secondary: string | null;
            /** Phone Whatsapp */
            phone_whatsapp: string;
            /** Rfc */
            rfc: string | null;
        };
        /**
         * ClientUpdate
         * @description PATCH: only the fields sent change; ``null`` clears an optional field. ``address`` is replaced
         *     whole; without ``location`` the stored point is kept (or the new municipality's centroid when
         *     the municipality changes), and ``"location": null`` goes back to the centroid.
         */
        ClientUpdate: {
            address?: components["schemas"]["app__modules__clients__schemas__AddressIn"] | null;
            /**
             * Confirm Duplicate
             * @description Guardar aunque haya un posible duplicado (mismo nombre y teléfono, o mismo RFC)
             * @default false
             */
            confirm_duplicate: boolean;
            /** Email */
            email?: string | null;
            /** First Name */
            first_name?: string | null;
            /** Last Name */
            last_name?: string | null;
            /** Notes */
            notes?: string | null;
            /** Phone Secondary */
            phone_secondary?: string | null;
            /** Phone Whatsapp */
            phone_whatsapp?: string | null;
            /** Rfc */
            rfc?: string | null;
            /** Second Last Name */
            second_last_name?: string | null;
        };
        /** ClientVehicleRead */
        ClientVehicleRead: {
            /** Id */
            id: number;
            /** Make */
            make: string;
            /** Model */
            model: string;
            /** Plates */
            plates: string | null;
            /** Serial Number */
            serial_number: string | null;
            /** Vehicle Key */
            vehicle_key: number;
            vehicle_type: components["schemas"]["VehicleType"];
            /** Year */
            year: number | null;
        };
        /** CollectorCash */
        CollectorCash: {
            /** Amount */
            amount: string;
            /** Code */
            code: string | null;
            /** Collector Id */
            collector_id: number;
            /** Name */
            name: string;
            /** Proposals */
            proposals: number;
        };
        /**
         * CollectorDebtStatus
         * @enum {string}
         */
        CollectorDebtStatus: "open" | "settled";
        /** ConfirmSkippedIn */
        ConfirmSkippedIn: {
            /** Receipt Ids */
            receipt_ids: number[];
        };
        /** CounterPaymentIn */
        CounterPaymentIn: {
            /**
             * Amount
             * @description Monto: el saldo completo o un abono (nunca más del saldo)
             */
            amount: number | string;
            /** Installment Id */
            installment_id: number;
            method: components["schemas"]["PaymentMethod"];
            /**
             * Paid Date
             * @description Fecha real de pago; hoy si se omite
             */
            paid_date?: string | null;
            /** Receipt Number */
            receipt_number: string;
        };
        /**
         * CoverageCategory
         * @enum {string}
         */
        CoverageCategory: "liability" | "comprehensive" | "platform";
        /** CoverageCreate */
        CoverageCreate: {
            /**
             * Cash Price
             * @description Precio de contado (0.00 en la familia AMPLIA)
             */
            cash_price: number | string;
            category: components["schemas"]["CoverageCategory"];
            /**
             * Credit Price
             * @description Precio a crédito (0.00 en la familia AMPLIA)
             */
            credit_price: number | string;
            /** @description Obligatorio para claves 107 y 108 */
            cylinder_band?: components["schemas"]["CylinderBand"] | null;
            /**
             * Initial Payment
             * @description Enganche (0.00 en la familia AMPLIA)
             */
            initial_payment: number | string;
            /**
             * Is Active
             * @default true
             */
            is_active: boolean;
            /**
             * Level
             * @description Orden en su escalera, de menor a mayor
             */
            level: number;
            /** Name */
            name: string;
            service_type: components["schemas"]["ServiceType"];
            /**
             * Tow Services Included
             * @default 0
             */
            tow_services_included: number;
            /** Vehicle Key */
            vehicle_key: number;
        };
        /** CoverageRead */
        CoverageRead: {
            /** Cash Price */
            cash_price: string;
            category: components["schemas"]["CoverageCategory"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Credit Price */
            credit_price: string;
            cylinder_band: components["schemas"]["CylinderBand"] | null;
            /** Id */
            id: number;
            /**
             * Initial Payment
             * @description Enganche
             */
            initial_payment: string;
            /** Is Active */
            is_active: boolean;
            /**
             * Is Quoted
             * @description Familia AMPLIA: la prima sale de una cotización externa
             */
            is_quoted: boolean;
            /** Level */
            level: number;
            /** Name */
            name: string;
            service_type: components["schemas"]["ServiceType"];
            /** Tow Services Included */
            tow_services_included: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Vehicle Key */
            vehicle_key: number;
            /** Vehicle Key Name */
            vehicle_key_name: string;
            vehicle_type: components["schemas"]["VehicleType"];
        };
        /** CoverageSummary */
        CoverageSummary: {
            /** Cash Price */
            cash_price: string;
            /** Category */
            category: string;
            /** Credit Price */
            credit_price: string;
            cylinder_band: components["schemas"]["CylinderBand"] | null;
            /** Id */
            id: number;
            /** Initial Payment */
            initial_payment: string;
            /** Name */
            name: string;
            service_type: components["schemas"]["ServiceType"];
            /** Tow Services Included */
            tow_services_included: number;
            /** Vehicle Key */
            vehicle_key: number;
        };
        /**
         * CoverageUpdate
         * @description PATCH: only the fields sent change. Activation has its own endpoints.
         */
        CoverageUpdate: {
            /** Cash Price */
            cash_price?: number | string | null;
            category?: components["schemas"]["CoverageCategory"] | null;
            /** Credit Price */
            credit_price?: number | string | null;
            cylinder_band?: components["schemas"]["CylinderBand"] | null;
            /** Initial Payment */
            initial_payment?: number | string | null;
            /** Level */
            level?: number | null;
            /** Name */
            name?: string | null;
            service_type?: components["schemas"]["ServiceType"] | null;
            /** Tow Services Included */
            tow_services_included?: number | null;
            /** Vehicle Key */
            vehicle_key?: number | null;
        };
        /**
         * CriterionStatus
         * @enum {string}
         */
        CriterionStatus: "met" | "not_met" | "unverified";
        /**
         * CylinderBand
         * @description Cylinder-capacity band (cc) of motorcycles and mototaxis.
         * @enum {string}
         */
        CylinderBand: "up_to_150" | "151_to_250" | "251_to_500" | "over_500";
        /** DashboardSummary */
        DashboardSummary: {
            /**
             * As Of
             * Format: date
             * @description Hoy en America/Mexico_City
             */
            as_of: string;
            cancellations: components["schemas"]["CancellationsSection"] | null;
            /**
             * Generated At
             * Format: date-time
             */
            generated_at: string;
            /**
             * Own Only
             * @description Solo las pólizas del vendedor que consulta (y sus pagos)
             */
            own_only: boolean;
            payments: components["schemas"]["PaymentsSection"] | null;
            policies: components["schemas"]["PoliciesSection"] | null;
            proposals: components["schemas"]["ProposalsSection"] | null;
        };
        /** DeactivateIn */
        DeactivateIn: {
            /**
             * Termination Date
             * @description Fecha de baja (opcional)
             */
            termination_date?: string | null;
        };
        /** DebtRead */
        DebtRead: {
            /** Amount */
            amount: string;
            /** Collector Id */
            collector_id: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Delivery Id */
            delivery_id: number;
            /** Id */
            id: number;
            status: components["schemas"]["CollectorDebtStatus"];
        };
        /** DeliveryCreate */
        DeliveryCreate: {
            /** Collector Id */
            collector_id: number;
            /** Notes */
            notes?: string | null;
            /**
             * Proposal Ids
             * @description Propuestas que cubre; si se omite, todo lo pendiente
             */
            proposal_ids?: number[] | null;
            /**
             * Received Amount
             * @description Efectivo contado físicamente
             */
            received_amount: number | string;
        };
        /** DeliveryItemRead */
        DeliveryItemRead: {
            /** Amount */
            amount: string;
            /** Proposal Id */
            proposal_id: number;
        };
        /** DeliveryRead */
        DeliveryRead: {
            /** Collector Id */
            collector_id: number;
            /**
             * Confirmed At
             * Format: date-time
             */
            confirmed_at: string;
            /** Confirmed By User Id */
            confirmed_by_user_id: number;
            debt: components["schemas"]["DebtRead"] | null;
            /**
             * Difference
             * @description Recibido menos esperado
             */
            difference: string;
            /** Expected Amount */
            expected_amount: string;
            /** Id */
            id: number;
            /** Items */
            items: components["schemas"]["DeliveryItemRead"][];
            /** Notes */
            notes: string | null;
            /** Received Amount */
            received_amount: string;
            /** Shortage */
            shortage: string;
        };
        /** DeliveryRow */
        DeliveryRow: {
            /** Collector Id */
            collector_id: number;
            /**
             * Confirmed At
             * Format: date-time
             */
            confirmed_at: string;
            /** Confirmed By User Id */
            confirmed_by_user_id: number;
            /** Expected Amount */
            expected_amount: string;
            /** Id */
            id: number;
            /** Received Amount */
            received_amount: string;
            /** Shortage */
            shortage: string;
        };
        /** DepartmentMembershipIn */
        DepartmentMembershipIn: {
            /**
             * Department
             * @description Código del departamento
             */
            department: string;
            /**
             * Is Manager
             * @default false
             */
            is_manager: boolean;
        };
        /** DepartmentMembershipRead */
        DepartmentMembershipRead: {
            /** Department */
            department: string;
            /** Is Manager */
            is_manager: boolean;
            /** Name */
            name: string;
        };
        /** DepartmentOut */
        DepartmentOut: {
            /** Code */
            code: string;
            /** Is Manager */
            is_manager: boolean;
        };
        /** DepartmentRead */
        DepartmentRead: {
            /** Code */
            code: string;
            /** Name */
            name: string;
        };
        /** DuplicateErrorResponse */
        DuplicateErrorResponse: {
            /**
             * Detail
             * @example No se encontró el registro solicitado.
             */
            detail: string;
            /**
             * Error
             * @example NOT_FOUND
             */
            error: string;
            /** Fields */
            fields?: {
                [key: string]: string;
            };
            /** Matches */
            matches: components["schemas"]["DuplicateMatch"][];
        };
        /** DuplicateMatch */
        DuplicateMatch: {
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
            /** Phone Whatsapp */
            phone_whatsapp: string;
            /**
             * Reason
             * @description same_name_phone | same_rfc
             */
            reason: string;
            /** Rfc */
            rfc: string | null;
        };
        /** EligibilityCriterion */
        EligibilityCriterion: {
            /** Code */
            code: string;
            /** Explanation */
            explanation: string;
            /** Label */
            label: string;
            status: components["schemas"]["CriterionStatus"];
        };
        /** EmployeeCreate */
        EmployeeCreate: {
            address?: components["schemas"]["app__modules__employees__schemas__AddressIn"] | null;
            /** Birth Date */
            birth_date?: string | null;
            /**
             * Code
             * @description V<n> vendedor, C<n> cobrador, M<n> ajustador; se asigna sola si se omite
             */
            code?: string | null;
            /** Curp */
            curp?: string | null;
            /** Departments */
            departments?: components["schemas"]["DepartmentMembershipIn"][];
            /** Email */
            email?: string | null;
            /** Emergency Contact Name */
            emergency_contact_name?: string | null;
            /** Emergency Contact Phone */
            emergency_contact_phone?: string | null;
            /** First Name */
            first_name: string;
            gender?: components["schemas"]["Gender"] | null;
            /** Hire Date */
            hire_date?: string | null;
            /**
             * Is Adjuster
             * @default false
             */
            is_adjuster: boolean;
            /**
             * Is Collector
             * @default false
             */
            is_collector: boolean;
            /**
             * Is Seller
             * @default false
             */
            is_seller: boolean;
            /** Last Name */
            last_name: string;
            /** Phone */
            phone?: string | null;
            /** Phone Alt */
            phone_alt?: string | null;
            /** Receipt Limit */
            receipt_limit?: number | null;
            /** Rfc */
            rfc?: string | null;
            /** Second Last Name */
            second_last_name?: string | null;
            /**
             * Telegram Id
             * @description Chat id de Telegram
             */
            telegram_id?: number | null;
        };
        /**
         * EmployeeFlag
         * @enum {string}
         */
        EmployeeFlag: "seller" | "collector" | "adjuster";
        /** EmployeeRead */
        EmployeeRead: {
            address: components["schemas"]["app__modules__employees__schemas__AddressRead"] | null;
            /** Birth Date */
            birth_date: string | null;
            /** Code */
            code: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Curp */
            curp: string | null;
            /** Departments */
            departments: components["schemas"]["DepartmentMembershipRead"][];
            /** Email */
            email: string | null;
            /** Emergency Contact Name */
            emergency_contact_name: string | null;
            /** Emergency Contact Phone */
            emergency_contact_phone: string | null;
            /** First Name */
            first_name: string;
            /** Full Name */
            full_name: string;
            gender: components["schemas"]["Gender"] | null;
            /** Hire Date */
            hire_date: string | null;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Is Adjuster */
            is_adjuster: boolean;
            /** Is Collector */
            is_collector: boolean;
            /** Is Seller */
            is_seller: boolean;
            /** Last Name */
            last_name: string;
            /** Phone */
            phone: string | null;
            /** Phone Alt */
            phone_alt: string | null;
            /** Receipt Limit */
            receipt_limit: number;
            /** Rfc */
            rfc: string | null;
            /** Second Last Name */
            second_last_name: string | null;
            /** Telegram Id */
            telegram_id: number | null;
            /** Termination Date */
            termination_date: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            user: components["schemas"]["EmployeeUserRead"] | null;
        };
        /** EmployeeSummary */
        EmployeeSummary: {
            /** Code */
            code: string | null;
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
        };
        /**
         * EmployeeUpdate
         * @description PATCH: only the fields sent change; ``null`` clears an optional field.
         */
        EmployeeUpdate: {
            address?: components["schemas"]["app__modules__employees__schemas__AddressIn"] | null;
            /** Birth Date */
            birth_date?: string | null;
            /**
             * Code
             * @description V<n> vendedor, C<n> cobrador, M<n> ajustador; se asigna sola si se omite
             */
            code?: string | null;
            /** Curp */
            curp?: string | null;
            /** Email */
            email?: string | null;
            /** Emergency Contact Name */
            emergency_contact_name?: string | null;
            /** Emergency Contact Phone */
            emergency_contact_phone?: string | null;
            /** First Name */
            first_name?: string | null;
            gender?: components["schemas"]["Gender"] | null;
            /** Hire Date */
            hire_date?: string | null;
            /** Is Adjuster */
            is_adjuster?: boolean | null;
            /** Is Collector */
            is_collector?: boolean | null;
            /** Is Seller */
            is_seller?: boolean | null;
            /** Last Name */
            last_name?: string | null;
            /** Phone */
            phone?: string | null;
            /** Phone Alt */
            phone_alt?: string | null;
            /** Receipt Limit */
            receipt_limit?: number | null;
            /** Rfc */
            rfc?: string | null;
            /** Second Last Name */
            second_last_name?: string | null;
            /**
             * Telegram Id
             * @description Chat id de Telegram
             */
            telegram_id?: number | null;
            /** Termination Date */
            termination_date?: string | null;
        };
        /** EmployeeUserRead */
        EmployeeUserRead: {
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Username */
            username: string;
        };
        /** EnrollConfirmInput */
        EnrollConfirmInput: {
            /** Code */
            code: string;
            /** Temp Token */
            temp_token: string;
        };
        /** EnrollStartInput */
        EnrollStartInput: {
            /** Temp Token */
            temp_token: string;
        };
        /**
         * ErrorResponse
         * @description The error envelope every failure uses.
         */
        ErrorResponse: {
            /**
             * Detail
             * @example No se encontró el registro solicitado.
             */
            detail: string;
            /**
             * Error
             * @example NOT_FOUND
             */
            error: string;
            /** Fields */
            fields?: {
                [key: string]: string;
            };
        };
        /** ExpectedCash */
        ExpectedCash: {
            /** Collector Id */
            collector_id: number;
            /** Items */
            items: components["schemas"]["HeldCash"][];
            /** Total */
            total: string;
        };
        /** FlagsOut */
        FlagsOut: {
            /** Is Adjuster */
            is_adjuster: boolean;
            /** Is Collector */
            is_collector: boolean;
            /** Is Seller */
            is_seller: boolean;
        };
        /**
         * Gender
         * @enum {string}
         */
        Gender: "female" | "male" | "non_binary";
        /** GrantIn */
        GrantIn: {
            /**
             * Department
             * @description null = dondequiera que se tenga el rol
             */
            department?: string | null;
            /** Permission */
            permission: string;
        };
        /** GrantRead */
        GrantRead: {
            /** Department */
            department: string | null;
            /** Permission */
            permission: string;
        };
        /**
         * HeldCash
         * @description One approved cash collection not yet handed in (by folio).
         */
        HeldCash: {
            /** Amount */
            amount: string;
            /** Approved At */
            approved_at: string | null;
            /** Client Name */
            client_name: string;
            /** Folio */
            folio: number;
            /**
             * Local Date
             * Format: date
             */
            local_date: string;
            /** Payment Number */
            payment_number: number;
            /** Proposal Id */
            proposal_id: number;
            /** Receipt Number */
            receipt_number: string;
        };
        /** HistoryEntry */
        HistoryEntry: {
            /** Action */
            action: string;
            /** After */
            after: {
                [key: string]: unknown;
            } | null;
            /** Before */
            before: {
                [key: string]: unknown;
            } | null;
            /** Id */
            id: number;
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /** Record Id */
            record_id: string | null;
            /** Table Name */
            table_name: string;
            /** User Id */
            user_id: number | null;
            /** User Name */
            user_name: string | null;
        };
        /** HolderStats */
        HolderStats: {
            /** Active */
            active: number;
            /** At Office */
            at_office: boolean;
            /** Code */
            code: string | null;
            /** Collector Id */
            collector_id: number | null;
            /** Counts */
            counts: {
                [key: string]: number;
            };
            /** Low Stock */
            low_stock: boolean;
            /** Name */
            name: string;
            /** Receipt Limit */
            receipt_limit: number | null;
            /** Stock */
            stock: number;
        };
        /** InstallmentLine */
        InstallmentLine: {
            /** Amount */
            amount: string;
            /**
             * Due Date
             * Format: date
             */
            due_date: string;
            /** Number */
            number: number;
            /**
             * Paid
             * @default false
             */
            paid: boolean;
        };
        /** InstallmentTimeline */
        InstallmentTimeline: {
            /** Amount */
            amount: string;
            /** Collector Id */
            collector_id: number | null;
            /** Comments */
            comments: string | null;
            /**
             * Due Date
             * Format: date
             */
            due_date: string;
            /** Entries */
            entries: components["schemas"]["LedgerEntryRead"][];
            /** Has Problem */
            has_problem: boolean;
            /** Id */
            id: number;
            /** Office Delivery Date */
            office_delivery_date: string | null;
            office_delivery_status: components["schemas"]["OfficeDeliveryStatus"] | null;
            /** Paid Amount */
            paid_amount: string | null;
            /** Paid Date */
            paid_date: string | null;
            /** Partial Paid */
            partial_paid: string;
            /** Partials */
            partials: components["schemas"]["PartialRead"][];
            payment_method: components["schemas"]["PaymentMethod"] | null;
            /** Payment Number */
            payment_number: number;
            /** Receipt Number */
            receipt_number: string | null;
            /** Remaining */
            remaining: string;
            status: components["schemas"]["PaymentStatus"];
        };
        /**
         * LedgerEntryKind
         * @description Kinds of payments-ledger entries (``payment_transaction``).
         * @enum {string}
         */
        LedgerEntryKind: "payment" | "partial" | "reversal";
        /** LedgerEntryRead */
        LedgerEntryRead: {
            /** Amount */
            amount: string;
            /** Collector Id */
            collector_id: number | null;
            /** Collector Label */
            collector_label: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By User Id */
            created_by_user_id: number | null;
            /** Id */
            id: number;
            kind: components["schemas"]["LedgerEntryKind"];
            /** Kind Label */
            kind_label: string;
            /** Label */
            label: string;
            method: components["schemas"]["PaymentMethod"] | null;
            /**
             * Paid Date
             * Format: date
             */
            paid_date: string;
            /** Partial Payment Id */
            partial_payment_id: number | null;
            /** Payment Id */
            payment_id: number;
            /** Payment Number */
            payment_number: number;
            /** Proposal Id */
            proposal_id: number | null;
            /** Reason */
            reason: string | null;
            /** Receipt Id */
            receipt_id: number | null;
            /** Receipt Number */
            receipt_number: string | null;
            /** Reversed By Id */
            reversed_by_id: number | null;
            /** Reverses Id */
            reverses_id: number | null;
            source: components["schemas"]["LedgerSource"];
        };
        /**
         * LedgerSource
         * @description Where a payments-ledger entry came from.
         * @enum {string}
         */
        LedgerSource: "counter" | "proposal" | "edit" | "reversal";
        /**
         * LocationSource
         * @enum {string}
         */
        LocationSource: "pin" | "gps" | "centroid" | "migrated";
        /** LoginInput */
        LoginInput: {
            /** Password */
            password: string;
            /** Username */
            username: string;
        };
        /** LoginResult */
        LoginResult: {
            /** Access Token */
            access_token?: string | null;
            /**
             * Backup Codes
             * @description Solo al confirmar la inscripción en 2FA: se muestran una única vez
             */
            backup_codes?: string[] | null;
            /**
             * Expires In
             * @description Vida del access token en segundos
             */
            expires_in?: number | null;
            /**
             * Refresh Token
             * @description Solo apps móviles (guárdalo en SecureStore)
             */
            refresh_token?: string | null;
            status: components["schemas"]["LoginStatus"];
            /**
             * Temp Token
             * @description Para el siguiente paso (5 minutos)
             */
            temp_token?: string | null;
            /**
             * Token Type
             * @default bearer
             * @constant
             */
            token_type: "bearer";
            user?: components["schemas"]["MeOut"] | null;
        };
        /**
         * LoginStatus
         * @enum {string}
         */
        LoginStatus: "ok" | "requires_2fa" | "enrollment_required" | "password_change_required";
        /** MeOut */
        MeOut: {
            /** Departments */
            departments: components["schemas"]["DepartmentOut"][];
            /** Employee Code */
            employee_code: string | null;
            /** Employee Id */
            employee_id: number;
            flags: components["schemas"]["FlagsOut"];
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
            /** Is Admin */
            is_admin: boolean;
            /** Must Change Password */
            must_change_password: boolean;
            /**
             * Permissions
             * @description Permisos efectivos (módulo.acción)
             */
            permissions: string[];
            /** Roles */
            roles: components["schemas"]["RoleOut"][];
            /** Totp Enabled */
            totp_enabled: boolean;
            /** Username */
            username: string;
        };
        /** MobileLoginInput */
        MobileLoginInput: {
            app_type: components["schemas"]["AppType"];
            /** App Version */
            app_version: string;
            /** Device Id */
            device_id: string;
            /** Password */
            password: string;
            /** Push Token */
            push_token?: string | null;
            /** Username */
            username: string;
        };
        /** MunicipalityRead */
        MunicipalityRead: {
            /** Id */
            id: number;
            /** Name */
            name: string;
            /** State */
            state: string;
        };
        /**
         * MyCash
         * @description A collector's pending cash (screens §2.10).
         */
        MyCash: {
            /**
             * Alert
             * @description none | warning (80 %) | blocked (100 %)
             */
            alert: string;
            /**
             * Cap
             * @description Tope de efectivo sin entregar (configuración), si hay
             */
            cap: string | null;
            /** Cap Percent */
            cap_percent: number | null;
            /** Items */
            items: components["schemas"]["HeldCash"][];
            /** Open Debts */
            open_debts: components["schemas"]["DebtRead"][];
            /** Recent Deliveries */
            recent_deliveries: components["schemas"]["DeliveryRow"][];
            /** Total */
            total: string;
        };
        /** NearbyClientRead */
        NearbyClientRead: {
            address: components["schemas"]["app__modules__clients__schemas__AddressRead"] | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Distance M
             * @description Distancia en metros al punto buscado
             */
            distance_m: number;
            /** Email */
            email: string | null;
            /** First Name */
            first_name: string;
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
            /** Last Name */
            last_name: string;
            /** Notes */
            notes: string | null;
            /** Phone Secondary */
            phone_secondary: string | null;
            /** Phone Whatsapp */
            phone_whatsapp: string;
            /** Rfc */
            rfc: string | null;
            /** Second Last Name */
            second_last_name: string | null;
            status: components["schemas"]["ClientStatus"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** NearbyPage */
        NearbyPage: {
            /** Items */
            items: components["schemas"]["NearbyClientRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
            /**
             * Total Is Capped
             * @description Hay más clientes en el radio que total
             * @default false
             */
            total_is_capped: boolean;
        };
        /**
         * OfficeDeliveryStatus
         * @enum {string}
         */
        OfficeDeliveryStatus: "pending" | "delivered";
        /** OverrideIn */
        OverrideIn: {
            effect: components["schemas"]["PermissionEffect"];
            /** Expires At */
            expires_at?: string | null;
            /** Permission */
            permission: string;
            /** Reason */
            reason: string;
        };
        /** OverrideRead */
        OverrideRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            effect: components["schemas"]["PermissionEffect"];
            /** Expires At */
            expires_at: string | null;
            /** Granted By User Id */
            granted_by_user_id: number | null;
            /** Permission */
            permission: string;
            /** Reason */
            reason: string;
        };
        /** Page[AccessExceptionRead] */
        Page_AccessExceptionRead_: {
            /** Items */
            items: components["schemas"]["AccessExceptionRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[ApplicationRead] */
        Page_ApplicationRead_: {
            /** Items */
            items: components["schemas"]["ApplicationRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[AuditEntryRead] */
        Page_AuditEntryRead_: {
            /** Items */
            items: components["schemas"]["AuditEntryRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[BatchRead] */
        Page_BatchRead_: {
            /** Items */
            items: components["schemas"]["BatchRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[CancellationRead] */
        Page_CancellationRead_: {
            /** Items */
            items: components["schemas"]["app__modules__cancellations__schemas__CancellationRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[CoverageRead] */
        Page_CoverageRead_: {
            /** Items */
            items: components["schemas"]["CoverageRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[DeliveryRow] */
        Page_DeliveryRow_: {
            /** Items */
            items: components["schemas"]["DeliveryRow"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[EmployeeRead] */
        Page_EmployeeRead_: {
            /** Items */
            items: components["schemas"]["EmployeeRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[HistoryEntry] */
        Page_HistoryEntry_: {
            /** Items */
            items: components["schemas"]["HistoryEntry"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[MunicipalityRead] */
        Page_MunicipalityRead_: {
            /** Items */
            items: components["schemas"]["MunicipalityRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[PaymentRow] */
        Page_PaymentRow_: {
            /** Items */
            items: components["schemas"]["PaymentRow"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[PolicyRow] */
        Page_PolicyRow_: {
            /** Items */
            items: components["schemas"]["PolicyRow"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[PromotionRead] */
        Page_PromotionRead_: {
            /** Items */
            items: components["schemas"]["PromotionRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[ProposalRead] */
        Page_ProposalRead_: {
            /** Items */
            items: components["schemas"]["ProposalRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[ReceiptRead] */
        Page_ReceiptRead_: {
            /** Items */
            items: components["schemas"]["ReceiptRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[SessionRead] */
        Page_SessionRead_: {
            /** Items */
            items: components["schemas"]["SessionRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[StatusRunRead] */
        Page_StatusRunRead_: {
            /** Items */
            items: components["schemas"]["StatusRunRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[SubmissionRead] */
        Page_SubmissionRead_: {
            /** Items */
            items: components["schemas"]["SubmissionRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[UserRead] */
        Page_UserRead_: {
            /** Items */
            items: components["schemas"]["UserRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[VehicleRead] */
        Page_VehicleRead_: {
            /** Items */
            items: components["schemas"]["VehicleRead"][];
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /**
         * PartialPaymentStatus
         * @enum {string}
         */
        PartialPaymentStatus: "applied" | "reversed";
        /** PartialRead */
        PartialRead: {
            /** Amount */
            amount: string;
            /** Collector Id */
            collector_id: number | null;
            /** Id */
            id: number;
            /** Label */
            label: string;
            /** Of */
            of: number;
            /**
             * Paid Date
             * Format: date
             */
            paid_date: string;
            /** Partial Number */
            partial_number: number;
            payment_method: components["schemas"]["PaymentMethod"];
            /** Receipt Number */
            receipt_number: string | null;
            status: components["schemas"]["PartialPaymentStatus"];
        };
        /** PasswordChangeInput */
        PasswordChangeInput: {
            /** Current Password */
            current_password: string;
            /** New Password */
            new_password: string;
        };
        /** PasswordChangeRequiredInput */
        PasswordChangeRequiredInput: {
            /** New Password */
            new_password: string;
            /** Temp Token */
            temp_token: string;
        };
        /** PasswordResetIn */
        PasswordResetIn: {
            /**
             * Password
             * @description Contraseña temporal; si se omite se genera una
             */
            password?: string | null;
        };
        /** PasswordResetOut */
        PasswordResetOut: {
            /** Sessions Revoked */
            sessions_revoked: number;
            /**
             * Temporary Password
             * @description Solo cuando se generó: se muestra esta única vez
             */
            temporary_password?: string | null;
        };
        /**
         * PaymentEditIn
         * @description Only the fields sent change (``null`` clears a field).
         */
        PaymentEditIn: {
            /** Collector Id */
            collector_id?: number | null;
            /** Comments */
            comments?: string | null;
            /** Office Delivery Date */
            office_delivery_date?: string | null;
            /** Office Delivery Status */
            office_delivery_status?: string | null;
            /** Paid Date */
            paid_date?: string | null;
            payment_method?: components["schemas"]["PaymentMethod"] | null;
            /** Receipt Number */
            receipt_number?: string | null;
            /** @description Solo «paid» marca pagada una mensualidad */
            status?: components["schemas"]["PaymentStatus"] | null;
        };
        /**
         * PaymentMethod
         * @enum {string}
         */
        PaymentMethod: "cash" | "deposit" | "transfer" | "crucero" | "konfio" | "terminal_banorte";
        /**
         * PaymentPlan
         * @enum {string}
         */
        PaymentPlan: "cash" | "cash_2_installments" | "monthly_7" | "quarterly_4" | "semiannual_2" | "monthly_12";
        /**
         * PaymentResult
         * @description What a money operation answers: the ledger entry and the installment as it is now.
         */
        PaymentResult: {
            installment: components["schemas"]["InstallmentTimeline"];
            /** Paid Off */
            paid_off: boolean;
            policy_status: components["schemas"]["PolicyStatus"];
            transaction: components["schemas"]["LedgerEntryRead"];
        };
        /** PaymentRow */
        PaymentRow: {
            /** Amount */
            amount: string;
            /** Client Name */
            client_name: string;
            /** Collector Id */
            collector_id: number | null;
            /** Collector Label */
            collector_label: string | null;
            /** Comments */
            comments: string | null;
            /**
             * Due Date
             * Format: date
             */
            due_date: string;
            /** Folio */
            folio: number;
            /** Has Problem */
            has_problem: boolean;
            /** Id */
            id: number;
            /** Office Delivery Date */
            office_delivery_date: string | null;
            office_delivery_status: components["schemas"]["OfficeDeliveryStatus"] | null;
            /** Paid Amount */
            paid_amount: string | null;
            /** Paid Date */
            paid_date: string | null;
            /** Partial Paid */
            partial_paid: string;
            payment_method: components["schemas"]["PaymentMethod"] | null;
            /** Payment Number */
            payment_number: number;
            /** Policy Id */
            policy_id: number;
            /** Receipt Number */
            receipt_number: string | null;
            /** Remaining */
            remaining: string;
            status: components["schemas"]["PaymentStatus"];
        };
        /** PaymentSchemeRead */
        PaymentSchemeRead: {
            /**
             * Down Payment
             * @description Primer pago: el que activa la cobertura
             */
            down_payment: string;
            /** Installments */
            installments: components["schemas"]["app__modules__coverages__schemas__InstallmentRead"][];
            /** Installments Count */
            installments_count: number;
            /** Label */
            label: string;
            plan: components["schemas"]["PaymentPlan"];
            /**
             * Total
             * @description Prima total del plan (suma exacta de los pagos)
             */
            total: string;
        };
        /** PaymentSchemesRead */
        PaymentSchemesRead: {
            /** Allowed Plans */
            allowed_plans: components["schemas"]["PaymentPlan"][];
            category: components["schemas"]["CoverageCategory"];
            /** Coverage Id */
            coverage_id: number;
            /** Coverage Name */
            coverage_name: string;
            /**
             * Effective Date
             * Format: date
             */
            effective_date: string;
            /**
             * Message
             * @description Por qué no hay planes (p. ej. falta la cotización)
             */
            message?: string | null;
            quote?: components["schemas"]["QuoteRead"] | null;
            /**
             * Requires Quote
             * @description La familia AMPLIA necesita una cotización para dar importes
             */
            requires_quote: boolean;
            /** Schemes */
            schemes: components["schemas"]["PaymentSchemeRead"][];
        };
        /** PaymentsSection */
        PaymentsSection: {
            /**
             * Received Today
             * @description Pagos y abonos registrados hoy y no revertidos
             */
            received_today: number;
            /** Received Today Total */
            received_today_total: string;
            /** Recent */
            recent: components["schemas"]["RecentPayment"][];
        };
        /**
         * PaymentStatus
         * @enum {string}
         */
        PaymentStatus: "pending" | "late" | "overdue" | "paid" | "cancelled";
        /** PaymentSummaryRead */
        PaymentSummaryRead: {
            /**
             * Amount Outstanding
             * @description Por pagar (pendientes, atrasados y vencidos, menos abonos)
             */
            amount_outstanding: string;
            /**
             * Amount Paid
             * @description Pagado (pagos completos y abonos aplicados)
             */
            amount_paid: string;
            /**
             * Amount Past Due
             * @description De lo anterior, lo atrasado o vencido
             */
            amount_past_due: string;
            /** Cancelled */
            cancelled: number;
            /** Installments */
            installments: number;
            /** Late */
            late: number;
            /**
             * Next Due Date
             * @description Próxima fecha límite sin pagar
             */
            next_due_date: string | null;
            /** Overdue */
            overdue: number;
            /** Paid */
            paid: number;
            /** Pending */
            pending: number;
        };
        /** PendingCounts */
        PendingCounts: {
            /** Proposals Pending */
            proposals_pending: number;
            /** Proposals Stale */
            proposals_stale: number;
            /** Proposals Under Review */
            proposals_under_review: number;
            /** Submissions Pending */
            submissions_pending: number;
            /** Submissions Under Review */
            submissions_under_review: number;
            /**
             * Total
             * @description Para el contador del menú
             */
            total: number;
        };
        /** PendingView */
        PendingView: {
            counts: components["schemas"]["PendingCounts"];
            /** Manager Threshold */
            manager_threshold: string;
            /** Proposals */
            proposals: components["schemas"]["ProposalRead"][];
            /** Stale Hours */
            stale_hours: number;
            /** Submissions */
            submissions: components["schemas"]["SubmissionRead"][];
        };
        /**
         * PermissionEffect
         * @enum {string}
         */
        PermissionEffect: "grant" | "revoke";
        /** PermissionRead */
        PermissionRead: {
            /** Code */
            code: string;
            /** Description */
            description: string | null;
            /** Module */
            module: string;
        };
        /** PointIn */
        PointIn: {
            /**
             * Lat
             * @description Latitud (WGS84)
             */
            lat: number;
            /**
             * Lng
             * @description Longitud (WGS84)
             */
            lng: number;
        };
        /** PointRead */
        PointRead: {
            /** Lat */
            lat: number;
            /** Lng */
            lng: number;
        };
        /** PoliciesSection */
        PoliciesSection: {
            /**
             * By Status
             * @description Todos los estatus, también los que tienen 0
             */
            by_status: components["schemas"]["PolicyStatusCount"][];
            /**
             * New Today
             * @description Pólizas dadas de alta hoy (America/Mexico_City)
             */
            new_today: number;
            /** Recent */
            recent: components["schemas"]["RecentPolicy"][];
            /** Total */
            total: number;
        };
        /** PolicyChangeRead */
        PolicyChangeRead: {
            /** Folio */
            folio: number;
            /** New Status */
            new_status: string;
            /** Old Status */
            old_status: string;
            /** Policy Id */
            policy_id: number;
        };
        /** PolicyCreate */
        PolicyCreate: {
            amplia?: components["schemas"]["AmpliaPricesIn"] | null;
            /**
             * Amplia Select Confirmed By Manager
             * @description AMPLIA SELECT: el gerente de Ventas confirma que no hubo siniestros con responsabilidad en la vigencia anterior (criterio que el sistema aún no puede verificar)
             * @default false
             */
            amplia_select_confirmed_by_manager: boolean;
            /** Client Id */
            client_id: number;
            /**
             * Contract Folio
             * @description Folio del contrato en papel (único)
             */
            contract_folio: string;
            /** Contract Image File Id */
            contract_image_file_id?: string | null;
            /** Coverage Id */
            coverage_id: number;
            /**
             * Effective Date
             * @description Inicio de vigencia; hoy si se omite
             */
            effective_date?: string | null;
            /**
             * Elaboration Date
             * @description Fecha de elaboración; hoy si se omite
             */
            elaboration_date?: string | null;
            /**
             * Expiration Date
             * @description Fin de vigencia; inicio + 1 año si se omite
             */
            expiration_date?: string | null;
            /** Notes */
            notes?: string | null;
            payment_plan: components["schemas"]["PaymentPlan"];
            /** Promotion Codes */
            promotion_codes?: string[];
            /**
             * Quote Number
             * @description Cotización AUT-XXXXXXXX (obligatoria en la familia AMPLIA)
             */
            quote_number?: string | null;
            /**
             * Referrer Policy Id
             * @description Póliza de quien refiere (promociones)
             */
            referrer_policy_id?: number | null;
            /**
             * Renewal Folio
             * @description Folio de la póliza que se renueva
             */
            renewal_folio?: number | null;
            /**
             * Sale Date
             * @description Fecha de venta; hoy si se omite
             */
            sale_date?: string | null;
            /**
             * Seller Id
             * @description Vendedor; si se omite, quien captura (si es vendedor)
             */
            seller_id?: number | null;
            /** Vehicle Id */
            vehicle_id: number;
        };
        /** PolicyHeader */
        PolicyHeader: {
            /** Card Holder */
            card_holder: string | null;
            /** Card Status */
            card_status: string | null;
            /** Client Id */
            client_id: number;
            /** Client Name */
            client_name: string;
            /** Coverage Name */
            coverage_name: string;
            /**
             * Effective Date
             * Format: date
             */
            effective_date: string;
            /**
             * Expiration Date
             * Format: date
             */
            expiration_date: string;
            /** Folio */
            folio: number;
            /** Id */
            id: number;
            /** Is Restructured */
            is_restructured: boolean;
            payment_plan: components["schemas"]["PaymentPlan"];
            /** Prima Total */
            prima_total: string;
            status: components["schemas"]["PolicyStatus"];
        };
        /** PolicyPayments */
        PolicyPayments: {
            /** Installments */
            installments: components["schemas"]["InstallmentTimeline"][];
            /** Paid Total */
            paid_total: string;
            policy: components["schemas"]["PolicyHeader"];
            /** Remaining Total */
            remaining_total: string;
        };
        /** PolicyRead */
        PolicyRead: {
            amplia_detail: components["schemas"]["AmpliaDetailRead"] | null;
            cancellation: components["schemas"]["app__modules__policies__schemas__CancellationRead"] | null;
            card: components["schemas"]["CardRead"] | null;
            client: components["schemas"]["ClientSummary"];
            /** Contract Folio */
            contract_folio: string | null;
            /** Contract Image File Id */
            contract_image_file_id: string | null;
            coverage: components["schemas"]["CoverageSummary"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Data Entry User Id */
            data_entry_user_id: number | null;
            /**
             * Effective Date
             * Format: date
             */
            effective_date: string;
            /** Elaboration Date */
            elaboration_date: string | null;
            /**
             * Expiration Date
             * Format: date
             */
            expiration_date: string;
            /** Folio */
            folio: number;
            /** Has Fraud Observation */
            has_fraud_observation: boolean;
            /** Has Payment Issues */
            has_payment_issues: boolean;
            /**
             * History
             * @description Últimos movimientos (página 1 del historial)
             */
            history: components["schemas"]["HistoryEntry"][];
            /** History Total */
            history_total: number;
            /** Id */
            id: number;
            /** Installments */
            installments: components["schemas"]["app__modules__policies__schemas__InstallmentRead"][];
            /** Is Restructured */
            is_restructured: boolean;
            /** Notes */
            notes: string | null;
            payment_plan: components["schemas"]["PaymentPlan"];
            /** Prima Total */
            prima_total: string;
            /** Promotions */
            promotions: components["schemas"]["PromotionApplicationRead"][];
            /** Quote Approved At */
            quote_approved_at: string | null;
            /** Quote External Id */
            quote_external_id: string | null;
            /** Renewal Folio */
            renewal_folio: number | null;
            /**
             * Sale Date
             * Format: date
             */
            sale_date: string;
            seller: components["schemas"]["EmployeeSummary"];
            status: components["schemas"]["PolicyStatus"];
            /** Status Reason */
            status_reason: string | null;
            /**
             * Total Discount
             * @description Descuentos de promociones vigentes
             */
            total_discount: string;
            /** Tow Services Available */
            tow_services_available: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            vehicle: components["schemas"]["VehicleSummary"];
        };
        /**
         * PolicyRow
         * @description One row of the list (screens §1.4).
         */
        PolicyRow: {
            /** Client Id */
            client_id: number;
            /** Client Name */
            client_name: string;
            /** Contract Folio */
            contract_folio: string | null;
            /** Coverage Id */
            coverage_id: number;
            /** Coverage Name */
            coverage_name: string;
            /**
             * Effective Date
             * Format: date
             */
            effective_date: string;
            /**
             * Expiration Date
             * Format: date
             */
            expiration_date: string;
            /** Folio */
            folio: number;
            /** Id */
            id: number;
            /** Make */
            make: string;
            /** Model */
            model: string;
            payment_plan: components["schemas"]["PaymentPlan"];
            /** Plates */
            plates: string | null;
            /** Prima Total */
            prima_total: string;
            /** Seller Code */
            seller_code: string | null;
            /** Seller Id */
            seller_id: number;
            /** Seller Name */
            seller_name: string;
            service_type: components["schemas"]["ServiceType"];
            status: components["schemas"]["PolicyStatus"];
            vehicle_type: components["schemas"]["VehicleType"];
            /** Year */
            year: number | null;
        };
        /**
         * PolicyStatus
         * @enum {string}
         */
        PolicyStatus: "pending" | "active" | "morosa" | "pre_effective" | "expired" | "cancelled" | "suspended";
        /** PolicyStatusCount */
        PolicyStatusCount: {
            /** Count */
            count: number;
            status: components["schemas"]["PolicyStatus"];
        };
        /**
         * PolicyUpdate
         * @description PATCH: only the fields sent change; ``null`` clears an optional field.
         */
        PolicyUpdate: {
            /** Contract Folio */
            contract_folio?: string | null;
            /** Contract Image File Id */
            contract_image_file_id?: string | null;
            /** Elaboration Date */
            elaboration_date?: string | null;
            /** Has Fraud Observation */
            has_fraud_observation?: boolean | null;
            /** Has Payment Issues */
            has_payment_issues?: boolean | null;
            /** Notes */
            notes?: string | null;
            /** Sale Date */
            sale_date?: string | null;
            /** Tow Services Available */
            tow_services_available?: number | null;
        };
        /** ProblemIn */
        ProblemIn: {
            /** Note */
            note: string;
            /**
             * Resolved
             * @description true: quita la marca de problema de la mensualidad
             * @default false
             */
            resolved: boolean;
        };
        /** PromotionApplicationRead */
        PromotionApplicationRead: {
            /**
             * Applied At
             * Format: date-time
             */
            applied_at: string;
            /** Discount */
            discount: string;
            /** Id */
            id: number;
            /** Promotion Code */
            promotion_code: string;
            /** Promotion Id */
            promotion_id: number;
            /** Promotion Name */
            promotion_name: string;
            /** Referrer Policy Id */
            referrer_policy_id: number | null;
            /** Rule Id */
            rule_id: number;
        };
        /**
         * PromotionConditions
         * @description What a policy must meet for a rule to apply. Stored as JSONB (unset keys omitted).
         */
        PromotionConditions: {
            /**
             * Coverage Ids
             * @description Coberturas (ids)
             */
            coverage_ids?: number[] | null;
            /**
             * Max Payments
             * @description Máximo de pagos de la forma de pago
             */
            max_payments?: number | null;
            /**
             * Min Payments
             * @description Mínimo de pagos de la forma de pago
             */
            min_payments?: number | null;
            /**
             * New Or Renewal
             * @description «new» solo pólizas nuevas, «renewal» solo renovaciones
             */
            new_or_renewal?: ("new" | "renewal") | null;
            /** Payment Plans */
            payment_plans?: components["schemas"]["PaymentPlan"][] | null;
            /**
             * Referral
             * @description Requiere una póliza referente (programa de referidos)
             * @default false
             */
            referral: boolean;
            /** Vehicle Types */
            vehicle_types?: components["schemas"]["VehicleType"][] | null;
            /** Vehicle Year Max */
            vehicle_year_max?: number | null;
            /** Vehicle Year Min */
            vehicle_year_min?: number | null;
        };
        /** PromotionCreate */
        PromotionCreate: {
            /** Code */
            code: string;
            /** Description */
            description?: string | null;
            /**
             * Ends On
             * Format: date
             * @description Fin de vigencia (incluido, fecha local)
             */
            ends_on: string;
            /**
             * Is Active
             * @default true
             */
            is_active: boolean;
            /** Name */
            name: string;
            /** Rules */
            rules: components["schemas"]["RuleIn"][];
            /**
             * Stackable
             * @description Se puede combinar con otra promoción acumulable
             * @default false
             */
            stackable: boolean;
            /**
             * Starts On
             * Format: date
             * @description Inicio de vigencia (incluido, fecha local)
             */
            starts_on: string;
            /**
             * Usage Limit Per Client
             * @description Usos máximos por cliente
             */
            usage_limit_per_client?: number | null;
            /**
             * Usage Limit Total
             * @description Usos máximos (pólizas) en total
             */
            usage_limit_total?: number | null;
        };
        /** PromotionRead */
        PromotionRead: {
            /** Code */
            code: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string | null;
            /**
             * Ends On
             * Format: date
             */
            ends_on: string;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Name */
            name: string;
            /** Rules */
            rules: components["schemas"]["RuleRead"][];
            /** Stackable */
            stackable: boolean;
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
            status: components["schemas"]["PromotionStatus"];
            /** Total Discount */
            total_discount: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Usage Limit Per Client */
            usage_limit_per_client: number | null;
            /** Usage Limit Total */
            usage_limit_total: number | null;
            /**
             * Uses
             * @description Pólizas con la promoción aplicada (sin contar reversiones)
             */
            uses: number;
        };
        /**
         * PromotionStatus
         * @description Derived from the active flag and the validity window on the as-of date.
         * @enum {string}
         */
        PromotionStatus: "current" | "scheduled" | "expired" | "inactive";
        /**
         * PromotionSummary
         * @description KPIs of the promotions screen.
         */
        PromotionSummary: {
            /** Current */
            current: number;
            /** Expired */
            expired: number;
            /** Inactive */
            inactive: number;
            /** Scheduled */
            scheduled: number;
            /** Total Discount */
            total_discount: string;
            /** Uses Today */
            uses_today: number;
        };
        /**
         * PromotionUpdate
         * @description Every field optional; ``rules`` replaces all the rules (only while never applied).
         */
        PromotionUpdate: {
            /** Description */
            description?: string | null;
            /** Ends On */
            ends_on?: string | null;
            /** Name */
            name?: string | null;
            /** Rules */
            rules?: components["schemas"]["RuleIn"][] | null;
            /** Stackable */
            stackable?: boolean | null;
            /** Starts On */
            starts_on?: string | null;
            /** Usage Limit Per Client */
            usage_limit_per_client?: number | null;
            /** Usage Limit Total */
            usage_limit_total?: number | null;
        };
        /**
         * ProposalChecks
         * @description What the reviewer needs beside a proposal (screens §2.15 "automatic checks").
         */
        ProposalChecks: {
            amount_level: components["schemas"]["CheckLevel"];
            /** Amount Matches */
            amount_matches: boolean;
            /** Days Late */
            days_late: number;
            /**
             * Difference
             * @description Registrado menos esperado
             */
            difference: string;
            /**
             * Expected Amount
             * @description Lo que falta por pagar de la mensualidad
             */
            expected_amount: string;
            installment_status: components["schemas"]["PaymentStatus"];
            /** Is Partial */
            is_partial: boolean;
            receipt_level: components["schemas"]["CheckLevel"];
            /** Receipt Message */
            receipt_message: string;
            /**
             * Receipt Result
             * @description valid | unknown | used_on_other_policy | used | ...
             */
            receipt_result: string;
            /** Recorded Amount */
            recorded_amount: string;
        };
        /** ProposalCreate */
        ProposalCreate: {
            /**
             * Amount
             * @description Monto cobrado (puede ser un abono)
             */
            amount: number | string;
            /** Device Id */
            device_id?: string | null;
            /**
             * Latitude
             * @description Latitud GPS donde se cobró
             */
            latitude: number;
            /**
             * Longitude
             * @description Longitud GPS donde se cobró
             */
            longitude: number;
            method: components["schemas"]["PaymentMethod"];
            /**
             * Payment Id
             * @description Pago (mensualidad) que se cobra
             */
            payment_id: number;
            /**
             * Photo File Id
             * @description Foto del recibo o comprobante (API de archivos)
             */
            photo_file_id?: string | null;
            /**
             * Receipt Number
             * @description Número del recibo entregado al cliente
             */
            receipt_number: string;
        };
        /** ProposalRead */
        ProposalRead: {
            /** Amount */
            amount: string;
            /** Author Code */
            author_code: string | null;
            /** Author Employee Id */
            author_employee_id: number;
            /** Author Name */
            author_name: string;
            /** @description Revisiones automáticas (solo abiertas) */
            checks?: components["schemas"]["ProposalChecks"] | null;
            /** Claimed At */
            claimed_at: string | null;
            /** Client Name */
            client_name: string;
            /** Corrections */
            corrections: {
                [key: string]: unknown;
            } | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Decided At */
            decided_at: string | null;
            /** Device Id */
            device_id: string | null;
            /**
             * Due Date
             * Format: date
             */
            due_date: string;
            /** Folio */
            folio: number;
            /** Id */
            id: number;
            /** Installment Amount */
            installment_amount: string;
            /**
             * Is Stale
             * @description Esperando más de las horas configuradas (48 h)
             */
            is_stale: boolean;
            /** Latitude */
            latitude: number | null;
            /**
             * Local Date
             * Format: date
             */
            local_date: string;
            /** Longitude */
            longitude: number | null;
            method: components["schemas"]["PaymentMethod"];
            /**
             * Needs Manager
             * @description El monto requiere a un gerente de Cobranza
             */
            needs_manager: boolean;
            /** Payment Id */
            payment_id: number;
            /** Payment Number */
            payment_number: number;
            /** Payment Transaction Id */
            payment_transaction_id: number | null;
            /** Photo File Id */
            photo_file_id: string | null;
            /** Policy Id */
            policy_id: number;
            /** Receipt Id */
            receipt_id: number | null;
            /** Receipt Number */
            receipt_number: string;
            /** Rejection Reason */
            rejection_reason: string | null;
            /** Reviewer User Id */
            reviewer_user_id: number | null;
            status: components["schemas"]["ProposalStatus"];
        };
        /** ProposalsSection */
        ProposalsSection: {
            /**
             * Pending
             * @description Propuestas de cobro pendientes o en revisión
             */
            pending: number;
            /**
             * Stale
             * @description De ellas, las que esperan más de stale_hours
             */
            stale: number;
            /** Stale Hours */
            stale_hours: number;
        };
        /**
         * ProposalStatus
         * @description Payment proposal workflow (domain.md §5).
         * @enum {string}
         */
        ProposalStatus: "pending" | "under_review" | "approved" | "applied" | "rejected" | "cancelled" | "reversed";
        /**
         * QuoteRead
         * @description What our API shows of a quote.
         */
        QuoteRead: {
            /** Number */
            number: string;
            /** Premium */
            premium: string;
            status: components["schemas"]["QuoteStatus"];
            /** Valid Until */
            valid_until: string | null;
            /** Vehicle Description */
            vehicle_description: string | null;
        };
        /**
         * QuoteStatus
         * @enum {string}
         */
        QuoteStatus: "valid" | "approved" | "expired";
        /** ReasonIn */
        ReasonIn: {
            /** Reason */
            reason: string;
        };
        /** ReceiptCheckRead */
        ReceiptCheckRead: {
            /** Message */
            message: string;
            /** Number */
            number: string;
            /** Receipt Id */
            receipt_id: number | null;
            /**
             * Result
             * @enum {string}
             */
            result: "valid" | "unknown" | "used_on_other_policy" | "used" | "not_assigned_to_holder" | "lost" | "cancelled";
            status: components["schemas"]["ReceiptStatus"] | null;
            /** Verified */
            verified: boolean;
        };
        /**
         * ReceiptKind
         * @description Paper booklets (letter + 4 digits) or the digital series of app collections.
         * @enum {string}
         */
        ReceiptKind: "paper" | "digital";
        /** ReceiptRead */
        ReceiptRead: {
            /** Assigned At */
            assigned_at: string | null;
            /** At Office */
            at_office: boolean;
            /** Batch Id */
            batch_id: number | null;
            /** Cancelled At */
            cancelled_at: string | null;
            /** Collector Code */
            collector_code?: string | null;
            /** Collector Id */
            collector_id: number | null;
            /** Collector Name */
            collector_name?: string | null;
            /** Delivered At */
            delivered_at: string | null;
            /** Id */
            id: number;
            kind: components["schemas"]["ReceiptKind"];
            /** Loss Due At */
            loss_due_at: string | null;
            /** Lost At */
            lost_at: string | null;
            /** Notes */
            notes: string | null;
            /** Number */
            number: string;
            /** Payment Id */
            payment_id: number | null;
            /** Policy Folio */
            policy_folio?: number | null;
            /** Policy Id */
            policy_id: number | null;
            /** Prefix */
            prefix: string;
            /** Skipped At */
            skipped_at: string | null;
            /** Skipped Confirmed At */
            skipped_confirmed_at: string | null;
            status: components["schemas"]["ReceiptStatus"];
            /** Used At */
            used_at: string | null;
        };
        /** ReceiptStats */
        ReceiptStats: {
            /** Holders */
            holders: components["schemas"]["HolderStats"][];
            /** Totals */
            totals: {
                [key: string]: number;
            };
        };
        /**
         * ReceiptStatus
         * @description Receipt lifecycle (domain.md §5); transitions in app/modules/receipts/lifecycle.py.
         * @enum {string}
         */
        ReceiptStatus: "unassigned" | "assigned" | "used" | "delivered" | "lost" | "cancelled_undelivered" | "cancelled";
        /** RecentCancellation */
        RecentCancellation: {
            /**
             * Cancelled At
             * Format: date-time
             */
            cancelled_at: string;
            /** Client Name */
            client_name: string;
            /** Code */
            code: string;
            /** Folio */
            folio: number;
            /** Id */
            id: number;
            /** Policy Id */
            policy_id: number;
            /** Undone */
            undone: boolean;
        };
        /** RecentPayment */
        RecentPayment: {
            /** Amount */
            amount: string;
            /** Client Name */
            client_name: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Folio */
            folio: number;
            /**
             * Id
             * @description Movimiento del libro de pagos
             */
            id: number;
            kind: components["schemas"]["LedgerEntryKind"];
            method: components["schemas"]["PaymentMethod"] | null;
            /** Payment Number */
            payment_number: number;
            /** Policy Id */
            policy_id: number;
            /**
             * Reversed
             * @description El movimiento fue revertido después
             */
            reversed: boolean;
        };
        /** RecentPolicy */
        RecentPolicy: {
            /** Client Id */
            client_id: number;
            /** Client Name */
            client_name: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Folio */
            folio: number;
            /** Id */
            id: number;
            /** Prima Total */
            prima_total: string;
            status: components["schemas"]["PolicyStatus"];
        };
        /**
         * RefreshInput
         * @description Mobile apps send the refresh token in the body; the web sends nothing (cookie).
         */
        RefreshInput: {
            /** Refresh Token */
            refresh_token?: string | null;
        };
        /** RejectIn */
        RejectIn: {
            /** Reason */
            reason: string;
        };
        /** RestructureIn */
        RestructureIn: {
            /**
             * Installments
             * @description Número de cuotas (2 a 12)
             * @default 6
             */
            installments: number;
        };
        /** RestructureLine */
        RestructureLine: {
            /** Amount */
            amount: string;
            /**
             * Due Date
             * Format: date
             */
            due_date: string;
            /** Payment Number */
            payment_number: number;
        };
        /** RestructurePreview */
        RestructurePreview: {
            /** Basis */
            basis: string;
            /** Cancelled */
            cancelled: components["schemas"]["RestructureLine"][];
            /** Eligible */
            eligible: boolean;
            /** Installments */
            installments: number;
            /** Is Restructured After */
            is_restructured_after: boolean;
            /** New Installments */
            new_installments: components["schemas"]["RestructureLine"][];
            /** Paid Total */
            paid_total: string;
            plan_after: components["schemas"]["PaymentPlan"];
            plan_before: components["schemas"]["PaymentPlan"];
            /** Policy Id */
            policy_id: number;
            /** Prima Total After */
            prima_total_after: string;
            /** Reasons */
            reasons: string[];
        };
        /** ReverseIn */
        ReverseIn: {
            /** Reason */
            reason: string;
            /**
             * Receipt Mode
             * @enum {string}
             */
            receipt_mode: "return" | "cancel";
        };
        /** RevertIn */
        RevertIn: {
            /** Reason */
            reason?: string | null;
        };
        /** RoleCreate */
        RoleCreate: {
            /** Code */
            code: string;
            /** Description */
            description?: string | null;
            /** Grants */
            grants?: components["schemas"]["GrantIn"][];
            /** Name */
            name: string;
        };
        /** RoleHeldIn */
        RoleHeldIn: {
            /**
             * Department
             * @description Código del departamento; null = global
             */
            department?: string | null;
            /**
             * Role
             * @description Código del rol
             */
            role: string;
        };
        /** RoleHeldRead */
        RoleHeldRead: {
            /** Department */
            department: string | null;
            /** Role */
            role: string;
            /** Role Name */
            role_name: string;
        };
        /** RoleOut */
        RoleOut: {
            /** Code */
            code: string;
            /**
             * Department
             * @description Departamento donde se tiene el rol; null = global
             */
            department?: string | null;
        };
        /** RoleRead */
        RoleRead: {
            /** Code */
            code: string;
            /** Description */
            description: string | null;
            /** Grants */
            grants: components["schemas"]["GrantRead"][];
            /** Holders */
            holders: number;
            /** Id */
            id: number;
            /** Is System */
            is_system: boolean;
            /** Name */
            name: string;
        };
        /** RoleUpdate */
        RoleUpdate: {
            /** Description */
            description?: string | null;
            /** Name */
            name?: string | null;
        };
        /** RuleIn */
        RuleIn: {
            benefit_type: components["schemas"]["BenefitType"];
            conditions?: components["schemas"]["PromotionConditions"];
            /**
             * Priority
             * @description Orden de aplicación (menor primero)
             * @default 0
             */
            priority: number;
            /**
             * Value
             * @description Porcentaje (1-100), monto en MXN o número de meses; 0 para enganche cero
             * @default 0
             */
            value: number | string;
        };
        /** RuleRead */
        RuleRead: {
            /**
             * Benefit
             * @description Descripción del beneficio
             */
            benefit: string;
            benefit_type: components["schemas"]["BenefitType"];
            /** Conditions */
            conditions: {
                [key: string]: unknown;
            };
            /** Id */
            id: number;
            /** Priority */
            priority: number;
            /** Value */
            value: string;
        };
        /** ScheduleWindow */
        ScheduleWindow: {
            /**
             * End Time
             * Format: time
             */
            end_time: string;
            /**
             * Start Time
             * Format: time
             */
            start_time: string;
            /**
             * Weekday
             * @description 0 = lunes ... 6 = domingo
             */
            weekday: number;
        };
        /** ScheduleWindowRead */
        ScheduleWindowRead: {
            /**
             * End Time
             * Format: time
             */
            end_time: string;
            /**
             * Start Time
             * Format: time
             */
            start_time: string;
            /** Weekday */
            weekday: number;
        };
        /**
         * ServiceType
         * @enum {string}
         */
        ServiceType: "private" | "commercial";
        /**
         * SessionKind
         * @enum {string}
         */
        SessionKind: "web" | "mobile";
        /** SessionOut */
        SessionOut: {
            app_type: components["schemas"]["AppType"] | null;
            /** App Version */
            app_version: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Current */
            current: boolean;
            /** Device Id */
            device_id: string | null;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Ip */
            ip: string | null;
            kind: components["schemas"]["SessionKind"];
            /**
             * Last Seen At
             * Format: date-time
             */
            last_seen_at: string;
            /** User Agent */
            user_agent: string | null;
        };
        /** SessionRead */
        SessionRead: {
            /** Active */
            active: boolean;
            app_type: components["schemas"]["AppType"] | null;
            /** App Version */
            app_version: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Device Id */
            device_id: string | null;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Ip */
            ip: string | null;
            kind: components["schemas"]["SessionKind"];
            /**
             * Last Seen At
             * Format: date-time
             */
            last_seen_at: string;
            /** Revoked At */
            revoked_at: string | null;
            /** Revoked Reason */
            revoked_reason: string | null;
            /** User Agent */
            user_agent: string | null;
            /** User Id */
            user_id: number;
            /** Username */
            username: string;
        };
        /** SessionsRevokedOut */
        SessionsRevokedOut: {
            /** Sessions Revoked */
            sessions_revoked: number;
        };
        /** SettingRead */
        SettingRead: {
            /** Description */
            description: string | null;
            /** Key */
            key: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Updated By User Id */
            updated_by_user_id: number | null;
            /** Value */
            value: unknown;
        };
        /** SettingUpdate */
        SettingUpdate: {
            /**
             * Value
             * @description Nuevo valor, del mismo tipo JSON que el actual
             */
            value: unknown;
        };
        /** SimulatedRule */
        SimulatedRule: {
            /** Applies */
            applies: boolean;
            /** Benefit */
            benefit: string;
            benefit_type: components["schemas"]["BenefitType"];
            /** Code */
            code: string;
            /** Discount */
            discount: string;
            /** Name */
            name: string;
            /** Promotion Id */
            promotion_id: number;
            /**
             * Reasons
             * @description Por qué aplica o por qué no (en orden)
             */
            reasons: string[];
            /** Rule Id */
            rule_id: number;
            /** Value */
            value: string;
        };
        /** SimulateIn */
        SimulateIn: {
            /**
             * As Of
             * @description Fecha de la simulación (hoy si se omite)
             */
            as_of?: string | null;
            /**
             * Client Id
             * @description Para el límite de usos por cliente
             */
            client_id?: number | null;
            /**
             * Codes
             * @description Claves a simular; vacío o ausente = todas las vigentes
             */
            codes?: string[] | null;
            /** Coverage Id */
            coverage_id: number;
            /**
             * Effective Date
             * Format: date
             */
            effective_date: string;
            /**
             * Is Renewal
             * @default false
             */
            is_renewal: boolean;
            payment_plan: components["schemas"]["PaymentPlan"];
            /**
             * Quoted Premium
             * @description Prima cotizada (familia AMPLIA)
             */
            quoted_premium?: number | string | null;
            /**
             * Referrer Folio
             * @description Folio de la póliza de quien refiere
             */
            referrer_folio?: number | null;
            /** Vehicle Year */
            vehicle_year?: number | null;
        };
        /** SimulationRead */
        SimulationRead: {
            /**
             * As Of
             * Format: date
             */
            as_of: string;
            /** Base Schedule */
            base_schedule: components["schemas"]["InstallmentLine"][];
            /** Prima Total */
            prima_total: string;
            /** Rules */
            rules: components["schemas"]["SimulatedRule"][];
            /** Schedule */
            schedule: components["schemas"]["InstallmentLine"][];
            /** Total */
            total: string;
            /** Total Discount */
            total_discount: string;
        };
        /** StatusRunIn */
        StatusRunIn: {
            /**
             * As Of
             * @description Fecha de cálculo (hoy, hora local, si se omite)
             */
            as_of?: string | null;
            /**
             * Mode
             * @description full: todas las pólizas vigentes; nightly: solo lo que puede cambiar
             * @default nightly
             * @enum {string}
             */
            mode: "full" | "nightly";
        };
        /** StatusRunRead */
        StatusRunRead: {
            /**
             * As Of
             * Format: date
             */
            as_of: string;
            /** Duration Ms */
            duration_ms: number | null;
            /** Finished At */
            finished_at: string | null;
            /** Id */
            id: number;
            /** Installments Changed */
            installments_changed: number;
            /** Mode */
            mode: string;
            /** Policies Changed */
            policies_changed: number;
            /**
             * Started At
             * Format: date-time
             */
            started_at: string;
            /** Trigger */
            trigger: string;
            /** Triggered By User Id */
            triggered_by_user_id: number | null;
        };
        /** StatusRunSummary */
        StatusRunSummary: {
            /**
             * As Of
             * Format: date
             */
            as_of: string;
            /**
             * Changes By Status
             * @description Pólizas que cambiaron, por estatus nuevo
             */
            changes_by_status: {
                [key: string]: number;
            };
            /** Duration Ms */
            duration_ms: number;
            /** Installments Changed */
            installments_changed: number;
            /**
             * Mode
             * @description El modo efectivo (nightly sin corrida previa se ejecuta como full)
             */
            mode: string;
            /** Policies Changed */
            policies_changed: number;
            /** Run Id */
            run_id: number;
            /**
             * Sample
             * @description Muestra de pólizas que cambiaron (hasta 50)
             */
            sample: components["schemas"]["PolicyChangeRead"][];
        };
        /** StatusTotal */
        StatusTotal: {
            /** Amount */
            amount: string;
            /** Count */
            count: number;
            status: components["schemas"]["ProposalStatus"];
        };
        /** StoredFileRead */
        StoredFileRead: {
            /** Content Type */
            content_type: string;
            /** Filename */
            filename: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Owner Id */
            owner_id: number | null;
            /** Owner Table */
            owner_table: string;
            /** Sha256 */
            sha256: string;
            /** Size */
            size: number;
        };
        /** SubmissionApproveIn */
        SubmissionApproveIn: {
            /** Notes */
            notes?: string | null;
        };
        /** SubmissionCreate */
        SubmissionCreate: {
            /** Contract Photo File Ids */
            contract_photo_file_ids?: string[];
            /** @description Los mismos datos que el alta de póliza en oficina */
            policy: components["schemas"]["PolicyCreate"];
            /**
             * Resubmission Of Id
             * @description Solicitud rechazada que esta corrige (la anterior queda rechazada)
             */
            resubmission_of_id?: number | null;
        };
        /** SubmissionRead */
        SubmissionRead: {
            /** Claimed At */
            claimed_at: string | null;
            /** Contract Photo File Ids */
            contract_photo_file_ids: string[];
            /** Corrections */
            corrections: {
                [key: string]: unknown;
            } | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Decided At */
            decided_at: string | null;
            /** Id */
            id: number;
            /** Payload */
            payload: {
                [key: string]: unknown;
            };
            /** Policy Id */
            policy_id: number | null;
            /** Rejection Reason */
            rejection_reason: string | null;
            /** Resubmission Of Id */
            resubmission_of_id: number | null;
            /** Review Notes */
            review_notes: string | null;
            /** Reviewer User Id */
            reviewer_user_id: number | null;
            /** Seller Code */
            seller_code: string | null;
            /** Seller Employee Id */
            seller_employee_id: number;
            /** Seller Name */
            seller_name: string;
            status: components["schemas"]["SubmissionStatus"];
        };
        /** SubmissionRejectIn */
        SubmissionRejectIn: {
            /**
             * Corrections
             * @description Dato -> qué debe corregir el vendedor
             */
            corrections?: {
                [key: string]: string;
            };
            /** Reason */
            reason: string;
        };
        /**
         * SubmissionStatus
         * @description Policy submissions from the seller app (domain.md §4).
         * @enum {string}
         */
        SubmissionStatus: "pending" | "under_review" | "approved" | "rejected";
        /** TokenResponse */
        TokenResponse: {
            /** Access Token */
            access_token: string;
            /** Expires In */
            expires_in: number;
            /**
             * Refresh Token
             * @description Solo apps móviles
             */
            refresh_token?: string | null;
            /**
             * Token Type
             * @default bearer
             * @constant
             */
            token_type: "bearer";
        };
        /** TotpCodeInput */
        TotpCodeInput: {
            /**
             * Code
             * @description Código de 6 dígitos de la aplicación autenticadora
             */
            code: string;
        };
        /** TotpSetupOut */
        TotpSetupOut: {
            /** Otpauth Uri */
            otpauth_uri: string;
            /**
             * Qr Png Base64
             * @description Imagen PNG del código QR en base64
             */
            qr_png_base64: string;
            /**
             * Secret
             * @description Secreto base32, para capturarlo a mano
             */
            secret: string;
        };
        /** UndoCancellationIn */
        UndoCancellationIn: {
            /**
             * Reason
             * @description Por qué se deshace (al menos 10 caracteres)
             */
            reason: string;
        };
        /**
         * UploadPurpose
         * @enum {string}
         */
        UploadPurpose: "payment_proposal" | "policy_submission" | "visit_notice";
        /** UserCreate */
        UserCreate: {
            /** Employee Id */
            employee_id: number;
            /**
             * Password
             * @description Contraseña inicial; si se omite se genera una y se devuelve una sola vez
             */
            password?: string | null;
            /**
             * Username
             * @description 3-50 caracteres: letras, números, punto, guion y guion bajo (se guarda en minúsculas)
             */
            username: string;
        };
        /** UserCreated */
        UserCreated: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            employee: components["schemas"]["UserEmployeeRead"];
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Last Login At */
            last_login_at: string | null;
            /** Locked Until */
            locked_until: string | null;
            /** Must Change Password */
            must_change_password: boolean;
            /** Password Changed At */
            password_changed_at: string | null;
            /** Roles */
            roles: components["schemas"]["RoleHeldRead"][];
            /**
             * Temporary Password
             * @description Solo cuando se generó: se muestra esta única vez
             */
            temporary_password?: string | null;
            /** Totp Enabled */
            totp_enabled: boolean;
            /** Username */
            username: string;
        };
        /** UserEmployeeRead */
        UserEmployeeRead: {
            /** Code */
            code: string | null;
            /** Departments */
            departments: string[];
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
        };
        /** UserRead */
        UserRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            employee: components["schemas"]["UserEmployeeRead"];
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Last Login At */
            last_login_at: string | null;
            /** Locked Until */
            locked_until: string | null;
            /** Must Change Password */
            must_change_password: boolean;
            /** Password Changed At */
            password_changed_at: string | null;
            /** Roles */
            roles: components["schemas"]["RoleHeldRead"][];
            /** Totp Enabled */
            totp_enabled: boolean;
            /** Username */
            username: string;
        };
        /** VehicleCreate */
        VehicleCreate: {
            /**
             * Client Id
             * @description Dueño (cliente); opcional
             */
            client_id?: number | null;
            /** Color */
            color?: string | null;
            /** @description Solo motocicletas y mototaxis (107, 108) */
            cylinder_band?: components["schemas"]["CylinderBand"] | null;
            /** Engine Number */
            engine_number?: string | null;
            /** Make */
            make: string;
            /** Model */
            model: string;
            /**
             * Plates
             * @description Se guardan sin espacios ni guiones
             */
            plates?: string | null;
            /**
             * Serial Number
             * @description NIV / VIN: 17 caracteres sin I, O ni Q
             */
            serial_number?: string | null;
            service_type: components["schemas"]["ServiceType"];
            /**
             * Vehicle Key
             * @description 101, 103, 105, 107, 108 o 109
             */
            vehicle_key: number;
            /** @description Si se omite, el de la clave vehicular */
            vehicle_type?: components["schemas"]["VehicleType"] | null;
            /**
             * Year
             * @description Año modelo (1950 al año próximo)
             */
            year: number;
        };
        /** VehicleKeyRead */
        VehicleKeyRead: {
            /** Allows Comprehensive */
            allows_comprehensive: boolean;
            /** Code */
            code: number;
            /** Name */
            name: string;
            /** Requires Cylinder Band */
            requires_cylinder_band: boolean;
            vehicle_type: components["schemas"]["VehicleType"];
        };
        /** VehicleRead */
        VehicleRead: {
            /** Client Id */
            client_id: number | null;
            /** Color */
            color: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            cylinder_band: components["schemas"]["CylinderBand"] | null;
            /** Engine Number */
            engine_number: string | null;
            /** Id */
            id: number;
            /** Make */
            make: string;
            /** Model */
            model: string;
            /** Plates */
            plates: string | null;
            /** Serial Number */
            serial_number: string | null;
            service_type: components["schemas"]["ServiceType"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Vehicle Key */
            vehicle_key: number;
            /** Vehicle Key Name */
            vehicle_key_name: string;
            vehicle_type: components["schemas"]["VehicleType"];
            /** Year */
            year: number | null;
        };
        /** VehicleSummary */
        VehicleSummary: {
            /** Color */
            color: string | null;
            cylinder_band: components["schemas"]["CylinderBand"] | null;
            /** Engine Number */
            engine_number: string | null;
            /** Id */
            id: number;
            /** Make */
            make: string;
            /** Model */
            model: string;
            /** Plates */
            plates: string | null;
            /** Serial Number */
            serial_number: string | null;
            service_type: components["schemas"]["ServiceType"];
            /** Vehicle Key */
            vehicle_key: number;
            vehicle_type: components["schemas"]["VehicleType"];
            /** Year */
            year: number | null;
        };
        /**
         * VehicleType
         * @enum {string}
         */
        VehicleType: "automobile" | "pickup" | "suv" | "motorcycle" | "mototaxi" | "truck";
        /**
         * VehicleUpdate
         * @description PATCH: only the fields sent change; ``null`` clears an optional field.
         */
        VehicleUpdate: {
            /**
             * Client Id
             * @description Dueño (cliente); opcional
             */
            client_id?: number | null;
            /** Color */
            color?: string | null;
            /** @description Solo motocicletas y mototaxis (107, 108) */
            cylinder_band?: components["schemas"]["CylinderBand"] | null;
            /** Engine Number */
            engine_number?: string | null;
            /** Make */
            make?: string | null;
            /** Model */
            model?: string | null;
            /**
             * Plates
             * @description Se guardan sin espacios ni guiones
             */
            plates?: string | null;
            /**
             * Serial Number
             * @description NIV / VIN: 17 caracteres sin I, O ni Q
             */
            serial_number?: string | null;
            service_type?: components["schemas"]["ServiceType"] | null;
            /** Vehicle Key */
            vehicle_key?: number | null;
            /** @description Si se omite, el de la clave vehicular */
            vehicle_type?: components["schemas"]["VehicleType"] | null;
            /** Year */
            year?: number | null;
        };
        /** VerifyTwoFactorInput */
        VerifyTwoFactorInput: {
            /**
             * Code
             * @description Código de 6 dígitos o un código de respaldo (XXXXX-XXXXX)
             */
            code: string;
            /** Temp Token */
            temp_token: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "admin-list_access_exceptions": {
        parameters: {
            query?: {
                active?: boolean | null;
                /** @description Página (desde 1) */
                page?: number;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                user_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AccessExceptionRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-create_access_exception": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessExceptionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessExceptionRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-revoke_access_exception": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exception_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-list_audit": {
        parameters: {
            query?: {
                action?: string | null;
                /** @description Desde este día (hora de Ciudad de México), inclusive */
                date_from?: string | null;
                /** @description Hasta este día (hora de Ciudad de México), inclusive */
                date_to?: string | null;
                page?: number;
                record_id?: string | null;
                size?: number;
                table?: string | null;
                user_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AuditEntryRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-list_permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionRead"][];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-list_roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleRead"][];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-create_role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-get_role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                role_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-delete_role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                role_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-update_role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                role_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-replace_role_permissions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                role_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantIn"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-list_sessions": {
        parameters: {
            query?: {
                active?: boolean | null;
                kind?: components["schemas"]["SessionKind"] | null;
                /** @description Página (desde 1) */
                page?: number;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                user_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_SessionRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-revoke_session": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-list_settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingRead"][];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-update_setting": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "status-updater-run_status_updater": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StatusRunIn"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusRunSummary"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Ya hay una corrida en curso */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "status-updater-list_status_updater_runs": {
        parameters: {
            query?: {
                mode?: ("full" | "nightly" | "policies") | null;
                /** @description Página (desde 1) */
                page?: number;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                trigger?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_StatusRunRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-list_users": {
        parameters: {
            query?: {
                active?: boolean | null;
                /** @description Código del departamento */
                department?: string | null;
                /** @description Página (desde 1) */
                page?: number;
                /** @description Busca en usuario y nombre */
                q?: string | null;
                /** @description Código del rol */
                role?: string | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_UserRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-create_user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserCreated"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-get_user": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-activate_user": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-deactivate_user": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-list_user_overrides": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverrideRead"][];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-replace_user_overrides": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OverrideIn"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverrideRead"][];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-reset_user_2fa": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-reset_user_password": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PasswordResetIn"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetOut"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-replace_user_roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleHeldIn"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "admin-revoke_user_sessions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionsRevokedOut"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-regenerate_backup_codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeInput"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupCodesOut"];
                };
            };
            /** @description Código o dato incorrecto */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Estado incompatible */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Demasiados intentos (ver Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-totp_disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeInput"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Código o dato incorrecto */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Acceso no permitido (red, horario o aplicación) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Estado incompatible */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Demasiados intentos (ver Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-totp_enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeInput"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupCodesOut"];
                };
            };
            /** @description Código o dato incorrecto */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Estado incompatible */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-enroll_confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollConfirmInput"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            /** @description Código o dato incorrecto */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No autenticado o credenciales incorrectas */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Estado incompatible */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-enroll_start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollStartInput"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpSetupOut"];
                };
            };
            /** @description No autenticado o credenciales incorrectas */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-totp_setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpSetupOut"];
                };
            };
            /** @description Estado incompatible */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginInput"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            /** @description No autenticado o credenciales incorrectas */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Acceso no permitido (red, horario o aplicación) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Demasiados intentos (ver Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-login_mobile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MobileLoginInput"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            /** @description No autenticado o credenciales incorrectas */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Acceso no permitido (red, horario o aplicación) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Demasiados intentos (ver Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-logout_all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOut"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-change_password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeInput"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Código o dato incorrecto */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Demasiados intentos (ver Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-change_required_password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeRequiredInput"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            /** @description No autenticado o credenciales incorrectas */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefreshInput"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description No autenticado o credenciales incorrectas */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-list_my_sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionOut"][];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-revoke_my_session": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No encontrado */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "auth-verify_2fa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyTwoFactorInput"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            /** @description Código o dato incorrecto */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No autenticado o credenciales incorrectas */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Demasiados intentos (ver Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-get_pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingView"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-list_policy_submissions": {
        parameters: {
            query?: {
                date_from?: string | null;
                date_to?: string | null;
                /** @description Página (desde 1) */
                page?: number;
                seller_id?: number | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                status?: components["schemas"]["SubmissionStatus"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_SubmissionRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-create_policy_submission": {
        parameters: {
            query?: never;
            header?: {
                /** @description Obligatorio (sin él: 428). Clave única por intento de operación (8 a 128 caracteres: letras, números, - o _ (p. ej. un UUID)); un reintento con la misma clave y el mismo cuerpo repite la respuesta original. */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmissionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado actual */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Falta el encabezado Idempotency-Key */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-get_policy_submission": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                submission_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-approve_policy_submission": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                submission_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SubmissionApproveIn"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado actual */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Cotizador no disponible */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-claim_policy_submission": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                submission_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado actual */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-reject_policy_submission": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                submission_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmissionRejectIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado actual */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-list_my_policy_submissions": {
        parameters: {
            query?: {
                date_from?: string | null;
                date_to?: string | null;
                /** @description Página (desde 1) */
                page?: number;
                seller_id?: number | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                status?: components["schemas"]["SubmissionStatus"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_SubmissionRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-list_proposals": {
        parameters: {
            query?: {
                /** @description Empleado que registró el cobro */
                collector_id?: number | null;
                date_from?: string | null;
                date_to?: string | null;
                /** @description Página (desde 1) */
                page?: number;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                /** @description Solo las que esperan más de 48 h */
                stale?: boolean | null;
                status?: components["schemas"]["ProposalStatus"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ProposalRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-create_proposal": {
        parameters: {
            query?: never;
            header?: {
                /** @description Obligatorio (sin él: 428). Clave única por intento de operación (8 a 128 caracteres: letras, números, - o _ (p. ej. un UUID)); un reintento con la misma clave y el mismo cuerpo repite la respuesta original. */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado actual */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Falta el encabezado Idempotency-Key */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-get_proposal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                proposal_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-approve_proposal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                proposal_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ApproveIn"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado actual */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-approve_proposal_with_corrections": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                proposal_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveWithCorrectionsIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado actual */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-claim_proposal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                proposal_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado actual */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-reject_proposal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                proposal_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado actual */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-list_my_proposals": {
        parameters: {
            query?: {
                date_from?: string | null;
                date_to?: string | null;
                /** @description Página (desde 1) */
                page?: number;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                status?: components["schemas"]["ProposalStatus"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ProposalRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-get_my_proposal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                proposal_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-cancel_my_proposal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                proposal_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado actual */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "authorization-my_proposal_totals": {
        parameters: {
            query?: {
                date_from?: string | null;
                date_to?: string | null;
                /** @description Página (desde 1) */
                page?: number;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                status?: components["schemas"]["ProposalStatus"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusTotal"][];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "cancellations-list_cancellation_codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancellationCodeRead"][];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "cancellations-update_cancellation_code": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancellationCodeUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancellationCodeRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "cancellations-list_cancellations": {
        parameters: {
            query?: {
                code?: string | null;
                /** @description Página (desde 1) */
                page?: number;
                /** @description Hoy, esta semana (desde el lunes), este mes, todas (hora local) */
                period?: components["schemas"]["CancellationPeriod"];
                /** @description Folio, folio de contrato o nombre del cliente */
                q?: string | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                /** @description true: solo deshechas; false: solo vigentes */
                undone?: boolean | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_CancellationRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "cancellations-get_cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cancellation_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancellationDetail"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "cancellations-undo_cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cancellation_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UndoCancellationIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancellationDetail"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Ya cancelada / ya deshecha / la póliza cambió */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "cash-list_collectors_with_cash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectorCash"][];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "cash-get_expected_cash": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                collector_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpectedCash"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "cash-list_cash_deliveries": {
        parameters: {
            query?: {
                collector_id?: number | null;
                /** @description Página (desde 1) */
                page?: number;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DeliveryRow_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "cash-confirm_cash_delivery": {
        parameters: {
            query?: never;
            header?: {
                /** @description Opcional. Clave única por intento de operación (8 a 128 caracteres: letras, números, - o _ (p. ej. un UUID)); un reintento con la misma clave y el mismo cuerpo repite la respuesta original en lugar de escribir dos veces. */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliveryCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Nada que entregar o ya entregado */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "cash-get_cash_delivery": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delivery_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "cash-get_my_cash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCash"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "cash-get_my_cash_delivery": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delivery_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "catalogs-list_municipalities": {
        parameters: {
            query?: {
                /** @description Página (desde 1) */
                page?: number;
                /** @description Busca en el municipio o el estado (sin acentos) */
                q?: string | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_MunicipalityRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "clients-list_clients": {
        parameters: {
            query?: {
                /** @description Los listados de clientes no se exportan: cualquier formato responde 403 */
                format?: string | null;
                /** @description Con (true) o sin (false) póliza vigente */
                has_active_policy?: boolean | null;
                municipality_id?: number | null;
                /** @description Página (desde 1) */
                page?: number;
                /** @description Nombre (tolera acentos y errores), teléfono (inicio), RFC (inicio) o folio de póliza */
                q?: string | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description relevance (con q), name, created_at; '-' descendente */
                sort?: components["schemas"]["ClientSort"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPage"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso, o se pidió exportar (CLIENT_EXPORT_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "clients-create_client": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientDetail"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe el cliente */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Posible duplicado (CLIENT_POSSIBLE_DUPLICATE) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "clients-get_client": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientDetail"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe el cliente */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "clients-delete_client": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe el cliente */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tiene pólizas vigentes (CLIENT_HAS_LIVE_POLICIES) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "clients-update_client": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientDetail"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe el cliente */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Posible duplicado (CLIENT_POSSIBLE_DUPLICATE) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "clients-export_clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Siempre: los clientes no se exportan */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "clients-nearby_clients": {
        parameters: {
            query: {
                /** @description Los listados de clientes no se exportan: cualquier formato responde 403 */
                format?: string | null;
                lat: number;
                lng: number;
                page?: number;
                /** @description Excluir domicilios ubicados solo por el centro del municipio */
                precise_only?: boolean;
                /** @description Radio en metros (máx. 50 km) */
                radius_m?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NearbyPage"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso, o se pidió exportar (CLIENT_EXPORT_FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "coverages-list_coverages": {
        parameters: {
            query?: {
                category?: components["schemas"]["CoverageCategory"] | null;
                cylinder_band?: components["schemas"]["CylinderBand"] | null;
                /** @description Incluir desactivadas (solo administración) */
                include_inactive?: boolean;
                /** @description Página (desde 1) */
                page?: number;
                /** @description Parte del nombre (RC, AMPLIA...) */
                q?: string | null;
                service_type?: components["schemas"]["ServiceType"] | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                vehicle_key?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_CoverageRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe la cobertura */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "coverages-create_coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoverageCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe la cobertura */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Cobertura repetida o con pólizas */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "coverages-get_coverage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                coverage_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe la cobertura */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "coverages-update_coverage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                coverage_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoverageUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe la cobertura */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Cobertura repetida o con pólizas */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "coverages-activate_coverage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                coverage_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe la cobertura */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Cobertura repetida o con pólizas */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "coverages-deactivate_coverage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                coverage_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe la cobertura */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "coverages-payment_schemes": {
        parameters: {
            query?: {
                /** @description Inicio de vigencia (AAAA-MM-DD); hoy si se omite */
                effective_date?: string | null;
                /** @description Cotización AUT-XXXXXXXX (obligatoria para la familia AMPLIA) */
                quote_number?: string | null;
            };
            header?: never;
            path: {
                coverage_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentSchemesRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe la cobertura */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Cotización vencida o ya usada */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description El sistema de cotizaciones no responde */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "dashboard-get_summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardSummary"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "employees-list_employees": {
        parameters: {
            query?: {
                active?: boolean | null;
                /** @description Código del departamento */
                department?: string | null;
                flag?: components["schemas"]["EmployeeFlag"] | null;
                /** @description Con (true) o sin (false) usuario de acceso */
                has_user?: boolean | null;
                /** @description Página (desde 1) */
                page?: number;
                /** @description Busca en nombre y clave */
                q?: string | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_EmployeeRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe (o no es de tus departamentos) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "employees-create_employee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmployeeCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployeeRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe (o no es de tus departamentos) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clave ocupada */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "employees-get_employee": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employee_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployeeRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe (o no es de tus departamentos) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "employees-update_employee": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employee_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmployeeUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployeeRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe (o no es de tus departamentos) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Clave ocupada */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "employees-activate_employee": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employee_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployeeRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe (o no es de tus departamentos) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "employees-deactivate_employee": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employee_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DeactivateIn"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployeeRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe (o no es de tus departamentos) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "employees-replace_employee_departments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employee_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartmentMembershipIn"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployeeRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe (o no es de tus departamentos) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "employees-get_employee_schedule": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employee_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleWindowRead"][];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe (o no es de tus departamentos) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "employees-replace_employee_schedule": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employee_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleWindow"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleWindowRead"][];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe (o no es de tus departamentos) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "employees-list_departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentRead"][];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe (o no es de tus departamentos) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "files-upload_file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_files-upload_file"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredFileRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe o no tienes acceso */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Archivo demasiado grande */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Tipo de archivo no permitido */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Servicio de archivos no disponible */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "files-download_file": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description El archivo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "image/jpeg": unknown;
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe o no tienes acceso */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Servicio de archivos no disponible */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "payments-list_payments": {
        parameters: {
            query?: {
                collector_id?: number | null;
                due_from?: string | null;
                due_to?: string | null;
                folio?: number | null;
                has_problem?: boolean | null;
                method?: components["schemas"]["PaymentMethod"] | null;
                /** @description Página (desde 1) */
                page?: number;
                paid_from?: string | null;
                paid_to?: string | null;
                /** @description Forma de pago de la póliza */
                payment_plan?: components["schemas"]["PaymentPlan"][];
                policy_id?: number | null;
                /** @description Folio, folio de contrato, placas, serie o cliente */
                q?: string | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                /** @description Estatus (varios permitidos) */
                status?: components["schemas"]["PaymentStatus"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PaymentRow_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "payments-edit_payment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                installment_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentEditIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallmentTimeline"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado del pago */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos (cada regla con su código) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "payments-mark_payment_problem": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                installment_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProblemIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallmentTimeline"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado del pago */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos (cada regla con su código) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "payments-record_counter_payment": {
        parameters: {
            query?: never;
            header?: {
                /** @description Opcional. Clave única por intento de operación (8 a 128 caracteres: letras, números, - o _ (p. ej. un UUID)); un reintento con la misma clave y el mismo cuerpo repite la respuesta original en lugar de escribir dos veces. */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CounterPaymentIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResult"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado del pago */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos (cada regla con su código) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "payments-export_payments": {
        parameters: {
            query?: {
                collector_id?: number | null;
                due_from?: string | null;
                due_to?: string | null;
                folio?: number | null;
                has_problem?: boolean | null;
                method?: components["schemas"]["PaymentMethod"] | null;
                /** @description Página (desde 1) */
                page?: number;
                paid_from?: string | null;
                paid_to?: string | null;
                /** @description Forma de pago de la póliza */
                payment_plan?: components["schemas"]["PaymentPlan"][];
                policy_id?: number | null;
                /** @description Folio, folio de contrato, placas, serie o cliente */
                q?: string | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                /** @description Estatus (varios permitidos) */
                status?: components["schemas"]["PaymentStatus"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Libro de Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "payments-get_policy_payments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyPayments"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "payments-restructure_policy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestructureIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestructurePreview"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado del pago */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos (cada regla con su código) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "payments-preview_restructure": {
        parameters: {
            query?: {
                installments?: number;
            };
            header?: never;
            path: {
                policy_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestructurePreview"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado del pago */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos (cada regla con su código) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "payments-print_statement": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "payments-print_payment_receipt": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transaction_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "payments-reverse_transaction": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transaction_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReverseIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResult"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado del pago */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos (cada regla con su código) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "policies-list_policies": {
        parameters: {
            query?: {
                client_id?: number | null;
                coverage_id?: number | null;
                /** @description Nombre de cobertura (RC BASICA...) */
                coverage_name?: string | null;
                effective_from?: string | null;
                effective_to?: string | null;
                expiration_from?: string | null;
                expiration_to?: string | null;
                /** @description Página (desde 1) */
                page?: number;
                payment_plan?: components["schemas"]["PaymentPlan"][];
                /** @description Folio, folio de contrato, placas, serie o cliente */
                q?: string | null;
                sale_from?: string | null;
                sale_to?: string | null;
                seller_id?: number | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                /** @description Uno o varios estatus */
                status?: components["schemas"]["PolicyStatus"][];
                vehicle_type?: components["schemas"]["VehicleType"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PolicyRow_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "policies-create_policy": {
        parameters: {
            query?: never;
            header?: {
                /** @description Opcional. Clave única por intento de operación (8 a 128 caracteres: letras, números, - o _ (p. ej. un UUID)); un reintento con la misma clave y el mismo cuerpo repite la respuesta original en lugar de escribir dos veces. */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado de la póliza */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Cotizador no disponible */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "policies-get_policy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "policies-update_policy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado de la póliza */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "cancellations-cancel_policy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelPolicyIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancellationDetail"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Ya cancelada / ya deshecha / la póliza cambió */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "policies-change_policy_seller": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeSellerIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado de la póliza */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "policies-get_policy_history": {
        parameters: {
            query?: {
                /** @description Página (desde 1) */
                page?: number;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
            };
            header?: never;
            path: {
                policy_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_HistoryEntry_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "policies-lift_policy_suspension": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado de la póliza */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "policies-print_policy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Póliza en PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "promotions-apply_promotion": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyPromotionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplyResultRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto (clave ocupada, ya aplicada, límite, en uso) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "policies-suspend_policy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto con el estado de la póliza */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "policies-amplia_select_eligibility": {
        parameters: {
            query: {
                client_id: number;
                vehicle_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmpliaSelectEligibility"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "policies-get_policy_by_folio": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                folio: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "policies-export_policies": {
        parameters: {
            query?: {
                client_id?: number | null;
                coverage_id?: number | null;
                /** @description Nombre de cobertura (RC BASICA...) */
                coverage_name?: string | null;
                effective_from?: string | null;
                effective_to?: string | null;
                expiration_from?: string | null;
                expiration_to?: string | null;
                /** @description Página (desde 1) */
                page?: number;
                payment_plan?: components["schemas"]["PaymentPlan"][];
                /** @description Folio, folio de contrato, placas, serie o cliente */
                q?: string | null;
                sale_from?: string | null;
                sale_to?: string | null;
                seller_id?: number | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                /** @description Uno o varios estatus */
                status?: components["schemas"]["PolicyStatus"][];
                vehicle_type?: components["schemas"]["VehicleType"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Libro de Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "policies-list_my_policies": {
        parameters: {
            query?: {
                client_id?: number | null;
                coverage_id?: number | null;
                /** @description Nombre de cobertura (RC BASICA...) */
                coverage_name?: string | null;
                effective_from?: string | null;
                effective_to?: string | null;
                expiration_from?: string | null;
                expiration_to?: string | null;
                /** @description Página (desde 1) */
                page?: number;
                payment_plan?: components["schemas"]["PaymentPlan"][];
                /** @description Folio, folio de contrato, placas, serie o cliente */
                q?: string | null;
                sale_from?: string | null;
                sale_to?: string | null;
                seller_id?: number | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                /** @description Uno o varios estatus */
                status?: components["schemas"]["PolicyStatus"][];
                vehicle_type?: components["schemas"]["VehicleType"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PolicyRow_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "promotions-revert_promotion_application": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RevertIn"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto (clave ocupada, ya aplicada, límite, en uso) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "promotions-list_promotions": {
        parameters: {
            query?: {
                benefit_type?: components["schemas"]["BenefitType"] | null;
                /** @description Página (desde 1) */
                page?: number;
                /** @description Clave o nombre */
                q?: string | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                status?: components["schemas"]["PromotionStatus"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PromotionRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "promotions-create_promotion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PromotionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto (clave ocupada, ya aplicada, límite, en uso) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "promotions-get_promotion": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                promotion_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "promotions-delete_promotion": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                promotion_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto (clave ocupada, ya aplicada, límite, en uso) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "promotions-update_promotion": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                promotion_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PromotionUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicto (clave ocupada, ya aplicada, límite, en uso) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "promotions-activate_promotion": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                promotion_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "promotions-list_promotion_applications": {
        parameters: {
            query?: {
                /** @description Solo vigentes (true) o solo revertidas (false) */
                live?: boolean | null;
                /** @description Página (desde 1) */
                page?: number;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
            };
            header?: never;
            path: {
                promotion_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ApplicationRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "promotions-deactivate_promotion": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                promotion_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "promotions-simulate_promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SimulateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulationRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "promotions-promotions_summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionSummary"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "receipts-list_receipts": {
        parameters: {
            query?: {
                at_office?: boolean | null;
                batch_id?: number | null;
                collector_id?: number | null;
                kind?: components["schemas"]["ReceiptKind"] | null;
                /** @description Número o inicio del número */
                number?: string | null;
                /** @description Rango: desde este número (A0001) */
                number_from?: string | null;
                /** @description Rango: hasta este número (misma letra) */
                number_to?: string | null;
                /** @description Página (desde 1) */
                page?: number;
                policy_id?: number | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                skipped?: boolean | null;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                status?: components["schemas"]["ReceiptStatus"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ReceiptRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "receipts-get_receipt": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                receipt_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "receipts-cancel_receipt": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                receipt_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Transición no permitida / límite alcanzado */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "receipts-mark_receipt_lost": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                receipt_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Transición no permitida / límite alcanzado */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "receipts-assign_receipts": {
        parameters: {
            query?: never;
            header?: {
                /** @description Opcional. Clave única por intento de operación (8 a 128 caracteres: letras, números, - o _ (p. ej. un UUID)); un reintento con la misma clave y el mismo cuerpo repite la respuesta original en lugar de escribir dos veces. */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignResult"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Transición no permitida / límite alcanzado */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "receipts-list_receipt_batches": {
        parameters: {
            query?: {
                /** @description Página (desde 1) */
                page?: number;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_BatchRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "receipts-create_receipt_batch": {
        parameters: {
            query?: never;
            header?: {
                /** @description Opcional. Clave única por intento de operación (8 a 128 caracteres: letras, números, - o _ (p. ej. un UUID)); un reintento con la misma clave y el mismo cuerpo repite la respuesta original en lugar de escribir dos veces. */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResult"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Transición no permitida / límite alcanzado */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "receipts-get_receipt_by_number": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "receipts-export_receipts": {
        parameters: {
            query?: {
                at_office?: boolean | null;
                batch_id?: number | null;
                collector_id?: number | null;
                kind?: components["schemas"]["ReceiptKind"] | null;
                /** @description Número o inicio del número */
                number?: string | null;
                /** @description Rango: desde este número (A0001) */
                number_from?: string | null;
                /** @description Rango: hasta este número (misma letra) */
                number_to?: string | null;
                /** @description Página (desde 1) */
                page?: number;
                policy_id?: number | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                skipped?: boolean | null;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                status?: components["schemas"]["ReceiptStatus"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Libro de Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "receipts-list_my_receipts": {
        parameters: {
            query?: {
                at_office?: boolean | null;
                batch_id?: number | null;
                collector_id?: number | null;
                kind?: components["schemas"]["ReceiptKind"] | null;
                /** @description Número o inicio del número */
                number?: string | null;
                /** @description Rango: desde este número (A0001) */
                number_from?: string | null;
                /** @description Rango: hasta este número (misma letra) */
                number_to?: string | null;
                /** @description Página (desde 1) */
                page?: number;
                policy_id?: number | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                skipped?: boolean | null;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                status?: components["schemas"]["ReceiptStatus"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ReceiptRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "receipts-my_receipt_stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptStats"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "receipts-list_skipped_receipts": {
        parameters: {
            query?: {
                collector_id?: number | null;
                confirmed?: boolean | null;
                /** @description Página (desde 1) */
                page?: number;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ReceiptRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "receipts-confirm_skipped_receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmSkippedIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptRead"][];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Transición no permitida / límite alcanzado */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "receipts-receipt_stats": {
        parameters: {
            query?: {
                collector_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptStats"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "receipts-verify_receipt": {
        parameters: {
            query: {
                /** @description Cobrador que reporta el recibo; vacío = OFICINA */
                collector_id?: number | null;
                number: string;
                policy_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptCheckRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "vehicles-list_vehicles": {
        parameters: {
            query?: {
                client_id?: number | null;
                /** @description Página (desde 1) */
                page?: number;
                /** @description Placas exactas (sin importar espacios o guiones) */
                plates?: string | null;
                /** @description Marca o modelo */
                q?: string | null;
                /** @description NIV exacto */
                serial_number?: string | null;
                /** @description Registros por página (máx. 100) */
                size?: number;
                /** @description Campo de orden; prefijo '-' descendente */
                sort?: string | null;
                vehicle_key?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_VehicleRead_"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe el vehículo */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "vehicles-create_vehicle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VehicleCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehicleRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe el vehículo */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Número de serie ya registrado */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "vehicles-get_vehicle": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                vehicle_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehicleRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe el vehículo */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "vehicles-update_vehicle": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                vehicle_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VehicleUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehicleRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe el vehículo */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Número de serie ya registrado */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "vehicles-get_vehicle_by_serial": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serial_number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehicleRead"];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe el vehículo */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "vehicles-list_vehicle_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehicleKeyRead"][];
                };
            };
            /** @description Sin sesión */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Sin permiso */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No existe el vehículo */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "health-live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "health-ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Datos no válidos */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error interno */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Alguna dependencia no responde */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
