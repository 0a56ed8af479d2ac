"""The attachment area's Core tables (temporary: taken from the ORM models)."""

from db.models.attachment import Attachment, AttachmentContent

attachment = Attachment.__table__
attachment_content = AttachmentContent.__table__

__all__ = ["attachment", "attachment_content"]
