"""Errors as the learner should see them: name, message, the line (and column) in their own file, and a
traceback that keeps only their frames. Loaded as module _hotpath_errors."""

import linecache
import traceback

MAX_FRAMES = 12
MAX_TRACEBACK_CHARS = 4000
MAX_MESSAGE_CHARS = 1000


def remember_source(filename, source):
    """Lets tracebacks quote the learner's lines (linecache has no file to read them from)."""
    lines = source.splitlines(keepends=True)
    linecache.cache[filename] = (len(source), None, lines, filename)


def _message(e):
    try:
        text = str(e)
    except Exception:
        text = f"<{type(e).__name__}>"
    return text if len(text) <= MAX_MESSAGE_CHARS else text[: MAX_MESSAGE_CHARS - 1] + "…"


def _column(line_text, byte_col):
    """Traceback columns count UTF-8 bytes; the editor counts characters (1-based)."""
    if byte_col is None:
        return None
    if line_text is None:
        return byte_col + 1
    return len(line_text.encode()[:byte_col].decode(errors="ignore")) + 1


def syntax_info(e, filename):
    """A SyntaxError (or IndentationError, TabError) at its position: lineno and offset are 1-based."""
    info = {"name": type(e).__name__, "message": e.msg or _message(e)}
    if e.filename == filename and e.lineno:
        info["line"] = e.lineno
        if e.offset:
            info["column"] = e.offset
        if e.end_lineno and e.end_offset:
            info["endLine"] = e.end_lineno
            info["endColumn"] = e.end_offset
    lines = traceback.format_exception_only(type(e), e)
    info["traceback"] = "".join(lines)
    return info


def error_info(e, filenames, stopped=False):
    """Name, message, first position in the learner's file and a traceback of the frames in `filenames`
    (the learner's file first; when none of its frames is involved, the harness's). Deep tracebacks keep
    their first and last frames."""
    if isinstance(e, SyntaxError) and e.filename in filenames:
        return syntax_info(e, e.filename)
    frames = traceback.extract_tb(e.__traceback__)
    mine = [f for f in frames if f.filename == filenames[0]]
    # Neither the learner's nor the harness's code is involved: the runner itself failed. Its innermost
    # frames are kept so the fault can be found.
    shown = mine or [f for f in frames if f.filename in filenames[1:]] or frames[-3:]
    info = {"name": type(e).__name__, "message": _message(e)}
    if stopped:
        info["stopped"] = True
    if mine:
        last = mine[-1]
        info["line"] = last.lineno
        col = _column(linecache.getline(last.filename, last.lineno), getattr(last, "colno", None))
        if col is not None:
            info["column"] = col
    if len(shown) > MAX_FRAMES:
        half = MAX_FRAMES // 2
        skipped = len(shown) - 2 * half
        summary = traceback.StackSummary.from_list(shown[:half])
        tail = traceback.StackSummary.from_list(shown[-half:])
        body = "".join(summary.format()) + f"  ... {skipped} more frames ...\n" + "".join(tail.format())
    else:
        body = "".join(traceback.StackSummary.from_list(shown).format())
    head = "Traceback (most recent call last):\n" if shown else ""
    text = head + body + "".join(traceback.format_exception_only(type(e), e))
    if len(text) > MAX_TRACEBACK_CHARS:
        text = text[: MAX_TRACEBACK_CHARS - 1] + "…"
    info["traceback"] = text
    return info
