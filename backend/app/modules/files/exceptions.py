"""Errors of the files module (stable codes, Spanish messages)."""

from __future__ import annotations

from app.core.exceptions import AppError, NotFoundError, ServiceUnavailableError, ValidationFailedError


class StoredFileNotFoundError(NotFoundError):
    code = "FILE_NOT_FOUND"
    message = "No existe el archivo."


class FileTypeNotAllowedError(ValidationFailedError):
    code = "FILE_TYPE_NOT_ALLOWED"
    message = "El archivo no es de un tipo permitido."


class FileTooLargeError(AppError):
    status_code = 413
    code = "FILE_TOO_LARGE"
    message = "El archivo es demasiado grande."


class EmptyFileError(ValidationFailedError):
    code = "FILE_EMPTY"
    message = "El archivo está vacío."


class FilesServiceUnavailableError(ServiceUnavailableError):
    code = "FILES_SERVICE_UNAVAILABLE"
    message = "El servicio de archivos no está disponible en este momento. Inténtalo más tarde."
