"""The dashboard's sections, each a small module registered in one list
(``section_list.SECTIONS``); the page itself is :mod:`safehouse.ui.dashboard_page`."""
