"""The models' annotations are objects, not postponed strings (see safehouse/models/
__init__.py: evaluating them costs the start-up some 9 ms)."""

from __future__ import annotations

from pathlib import Path

import safehouse.models

MODELS = Path(safehouse.models.__file__).parent


def test_no_model_module_postpones_its_annotations():
    postponing = [path.name for path in sorted(MODELS.glob("*.py"))
                  if "from __future__ import annotations" in path.read_text(encoding="utf-8")]
    assert postponing == []


def test_the_mapped_annotations_are_objects():
    for mapper in safehouse.models.Base.registry.mappers:
        for name, annotation in mapper.class_.__annotations__.items():
            assert not isinstance(annotation, str), (mapper.class_.__name__, name)
