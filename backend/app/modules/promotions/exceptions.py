"""Errors of the promotions module (stable codes, Spanish messages)."""

from __future__ import annotations

from app.core.exceptions import ConflictError, NotFoundError, ValidationFailedError


class PromotionNotFoundError(NotFoundError):
    code = "PROMOTION_NOT_FOUND"
    message = "No existe la promoción."


class PromotionApplicationNotFoundError(NotFoundError):
    code = "PROMOTION_APPLICATION_NOT_FOUND"
    message = "No existe la aplicación de promoción."


class PolicyNotFoundError(NotFoundError):
    code = "POLICY_NOT_FOUND"
    message = "No existe la póliza."


class PromotionCodeTakenError(ConflictError):
    code = "PROMOTION_CODE_TAKEN"
    message = "Ya existe una promoción con esa clave."


class PromotionInUseError(ConflictError):
    code = "PROMOTION_IN_USE"
    message = (
        "La promoción ya se aplicó a pólizas: sus reglas no se pueden cambiar ni puede eliminarse. "
        "Desactívala y crea una nueva."
    )


class PromotionAlreadyAppliedError(ConflictError):
    code = "PROMOTION_ALREADY_APPLIED"
    message = "La promoción ya está aplicada a esta póliza."


class PromotionNotApplicableError(ValidationFailedError):
    code = "PROMOTION_NOT_APPLICABLE"
    message = "La promoción no aplica a esta póliza."


class PromotionsNotStackableError(ValidationFailedError):
    code = "PROMOTIONS_NOT_STACKABLE"
    message = "Solo se permite una promoción con descuento por póliza, salvo que ambas sean acumulables."


class PromotionLimitReachedError(ConflictError):
    code = "PROMOTION_LIMIT_REACHED"
    message = "La promoción alcanzó su límite de usos."


class PromotionAlreadyRevertedError(ConflictError):
    code = "PROMOTION_ALREADY_REVERTED"
    message = "Esta aplicación de la promoción ya fue revertida."


class PromotionRevertRefusedError(ConflictError):
    code = "PROMOTION_REVERT_REFUSED"
    message = "No se puede revertir la promoción: las mensualidades cambiaron desde que se aplicó."


class PolicyNotEligibleError(ConflictError):
    code = "POLICY_NOT_ELIGIBLE"
    message = "La póliza no admite promociones en su estado actual."
