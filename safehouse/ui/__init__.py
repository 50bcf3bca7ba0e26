"""The PySide6 interface. Calls services only; never imports sqlalchemy."""
