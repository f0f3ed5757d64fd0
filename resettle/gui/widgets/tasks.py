"""The one background-task helper: work off the GUI thread, only the latest result delivered."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(str, int, object)
    failed = Signal(str, int, object)


class _Job(QRunnable):
    def __init__(self, key: str, generation: int, fn: Callable[[], Any],
                 signals: _Signals) -> None:
        super().__init__()
        self.key, self.generation, self.fn, self.signals = key, generation, fn, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to show
            self.signals.failed.emit(self.key, self.generation, exc)
        else:
            self.signals.done.emit(self.key, self.generation, result)


Callback = Callable[[Any], None]


class TaskRunner(QObject):
    """Runs one job per key at a time. A newer request for the same key replaces any waiting
    one, and a finished job whose request was superseded is dropped: stale results never land.
    Callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._generation: dict[str, int] = {}
        self._running: dict[str, bool] = {}
        self._waiting: dict[str, tuple[int, Callable[[], Any]]] = {}
        self._callbacks: dict[tuple[str, int], tuple[Callback, Callback | None]] = {}
        self._signals = _Signals()
        self._signals.done.connect(self._finished)
        self._signals.failed.connect(self._failed)

    def run(self, key: str, fn: Callable[[], Any], on_done: Callback,
            on_error: Callback | None = None) -> int:
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        for old in [k for k in self._callbacks if k[0] == key]:
            del self._callbacks[old]
        self._callbacks[(key, generation)] = (on_done, on_error)
        if self._running.get(key):
            self._waiting[key] = (generation, fn)
        else:
            self._start(key, generation, fn)
        return generation

    def cancel(self, key: str) -> None:
        """Forget pending results for this key (e.g. when the screen locks)."""
        self._generation[key] = self._generation.get(key, 0) + 1
        self._waiting.pop(key, None)
        for old in [k for k in self._callbacks if k[0] == key]:
            del self._callbacks[old]

    def busy(self) -> bool:
        return any(self._running.values())

    def _start(self, key: str, generation: int, fn: Callable[[], Any]) -> None:
        self._running[key] = True
        self.pool.start(_Job(key, generation, fn, self._signals))

    def _next(self, key: str) -> None:
        self._running[key] = False
        waiting = self._waiting.pop(key, None)
        if waiting is not None:
            self._start(key, *waiting)

    @Slot(str, int, object)
    def _finished(self, key: str, generation: int, result: object) -> None:
        self._next(key)
        callbacks = self._callbacks.pop((key, generation), None)
        if callbacks is not None and generation == self._generation.get(key):
            callbacks[0](result)

    @Slot(str, int, object)
    def _failed(self, key: str, generation: int, exc: object) -> None:
        self._next(key)
        callbacks = self._callbacks.pop((key, generation), None)
        if callbacks is None or generation != self._generation.get(key):
            return
        if callbacks[1] is not None:
            callbacks[1](exc)
        else:
            from .crash import excepthook

            assert isinstance(exc, BaseException)
            excepthook(type(exc), exc, exc.__traceback__)
