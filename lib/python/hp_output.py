"""print() while learner code runs: kept in order, bounded (past the bound, characters are counted, not
kept). The runner swaps sys.stdout and sys.stderr for these streams while it runs learner code. Loaded as
module _hotpath_output."""


class Output:
    """print() while learner code runs: kept in order, bounded (the rest is counted, not kept)."""

    MAX_CHARS = 64_000

    def __init__(self):
        self.parts, self.chars, self.dropped = [], 0, 0

    def stream(self, name):
        out = self

        class _Stream:
            def write(self, text):
                text = str(text)
                if out.chars + len(text) > out.MAX_CHARS:
                    out.dropped += len(text)
                else:
                    out.chars += len(text)
                    if out.parts and out.parts[-1][0] == name:
                        out.parts[-1][1] += text
                    else:
                        out.parts.append([name, text])
                return len(text)

            def flush(self):
                pass

        return _Stream()

    def take(self):
        parts, dropped = self.parts, self.dropped
        self.parts, self.chars, self.dropped = [], 0, 0
        return {"parts": parts, "droppedChars": dropped}


output = Output()
stdout, stderr = output.stream("stdout"), output.stream("stderr")
