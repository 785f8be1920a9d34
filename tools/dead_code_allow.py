"""Names vulture (make lint) would call unused, that are used in a way it cannot see.

Each line names one, with why. Keep this list short: delete code that is really unused.
"""

from app.media.probe import MediaInfo

# the probe's facts, printed by `anakgenius probe` through dataclasses.asdict
MediaInfo.coded_width, MediaInfo.coded_height, MediaInfo.sample_aspect  # noqa: B018

# watermark positions a project file or the CLI may name (read by value, never by member)
from app.project.choices import Position  # noqa: E402

Position.TOP_RIGHT, Position.BOTTOM_LEFT  # noqa: B018

# the hidden widget that retranslates the window on a language switch: held so that it lives
from ui.i18n.language import Language  # noqa: E402

Language.retranslator  # noqa: B018

# a field of the Windows job object's limits structure, set for ctypes to hand to Windows
from app.winjob import _app_job  # noqa: E402, F401

_.LimitFlags  # noqa: B018, F821

# #18 share: what http.server and socketserver read or call on their subclasses (the HTTP version a
# handler speaks, its Server header, its per-request hooks; the server's thread and accept settings)
from app.share.handler import ShareHandler  # noqa: E402
from app.share.server import _Server  # noqa: E402
from bench.share_bench import Quiet  # noqa: E402

ShareHandler.protocol_version, ShareHandler.server_version, ShareHandler.sys_version  # noqa: B018
ShareHandler.handle_one_request, ShareHandler.log_message, Quiet.log_message  # noqa: B018
ShareHandler.close_connection, ShareHandler.requestline, ShareHandler.request_version  # noqa: B018
ShareHandler.raw_requestline  # noqa: B018
_Server.daemon_threads, _Server.allow_reuse_address, _Server.request_queue_size  # noqa: B018
_Server.verify_request, _Server.handle_error  # noqa: B018

# #17 faces: the settings onnxruntime reads from its SessionOptions (app/analysis/detector.py)
_.intra_op_num_threads, _.inter_op_num_threads, _.log_severity_level  # noqa: B018, F821
