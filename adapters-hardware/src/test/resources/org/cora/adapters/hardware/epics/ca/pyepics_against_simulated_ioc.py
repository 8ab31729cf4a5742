"""pyepics (libca, the C client) against CaSimulatedIocServer serving contract-beamline.yaml.

Run by CaSimulatedIocPyepicsTest with EPICS_CA_ADDR_LIST=127.0.0.1, EPICS_CA_AUTO_ADDR_LIST=NO and
EPICS_CA_SERVER_PORT set to the server's search port. libca asks for count 0 ("current length") on
every read and monitor, which is what the server must answer. Prints "ok: <check>" per check passed
and exits 1 at the first that fails; exit status 0 means every check passed and libca shut down.
"""
import sys
import time

import epics
from epics import ca

TIMEOUT = 5.0


def check(name, passed, seen=None):
    if not passed:
        print(f"FAILED: {name} (saw {seen!r})", flush=True)
        sys.exit(1)
    print(f"ok: {name}", flush=True)


def eventually(condition, timeout=TIMEOUT):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return True
        epics.poll(evt=0.05, iot=0.05)
    return condition()


def as_list(value):
    """A waveform as a list; pyepics hands a one-element waveform over as a bare number."""
    if value is None:
        return None
    return [float(x) for x in value] if hasattr(value, "__len__") else [float(value)]


number = epics.caget("ct:number", timeout=TIMEOUT)
check("caget number", number == 1.5, number)
text = epics.caget("ct:text", timeout=TIMEOUT)
check("caget string", text == "hello", text)
array = epics.caget("ct:array", timeout=TIMEOUT)
check("caget array at its current length", as_list(array) == [1.0, 2.0, 3.0], array)
label = epics.caget("ct:enum", as_string=True, timeout=TIMEOUT)
check("caget enum as its label", label == "Closed", label)
index = epics.caget("ct:enum", timeout=TIMEOUT)
check("caget enum as its index", index == 0, index)

check("caput with wait completes", epics.caput("ct:number", 42.25, wait=True, timeout=TIMEOUT) == 1)
number = epics.caget("ct:number", timeout=TIMEOUT)
check("a waited caput is read back", number == 42.25, number)
epics.caput("ct:number", 1000, wait=True, timeout=TIMEOUT)  # beyond the soft limit; pyepics reports success anyway
number = epics.caget("ct:number", timeout=TIMEOUT)
check("a refused caput changes nothing", number == 42.25, number)
epics.caput("ct:enum", "Open", wait=True, timeout=TIMEOUT)
label = epics.caget("ct:enum", as_string=True, timeout=TIMEOUT)
check("caput of an enum label", label == "Open", label)
epics.caput("ct:array", [4, 5, 6, 7, 8], wait=True, timeout=TIMEOUT)
# Not caget: pyepics 3.4.1 limits later explicit gets of a PV to the element count of its last
# monitor event (3 here). A plain libca get of a fresh channel asks for count 0 again.
array_chid = ca.create_channel("ct:array", connect=True)
array = ca.get(array_chid, timeout=TIMEOUT)
check("caput of a longer array is read back at its new length", as_list(array) == [4.0, 5.0, 6.0, 7.0, 8.0], array)

readonly = epics.PV("ct:readonly")
check("read-only PV connects", readonly.wait_for_connection(timeout=TIMEOUT))
check("read-only PV grants no write access", readonly.write_access is False, readonly.write_access)
try:
    readonly.put(5, wait=True, timeout=TIMEOUT)
    refused = False
except ca.CASeverityException:
    refused = True
value = epics.caget("ct:readonly", timeout=TIMEOUT)
check("a put to a read-only PV is refused", refused and value == 200.0, (refused, value))

numbers = []
monitored = epics.PV("ct:number", auto_monitor=True, callback=lambda value=None, **_: numbers.append(value))
check("a monitor receives the initial value", eventually(lambda: 42.25 in numbers), numbers)
epics.caput("ct:number", 7, wait=True, timeout=TIMEOUT)
check("a monitor receives a change", eventually(lambda: 7 in numbers), numbers)

arrays = []
monitored_array = epics.PV("ct:array", auto_monitor=True,
                           callback=lambda value=None, **_: arrays.append(as_list(value)))
check("an array monitor starts at the current length", eventually(lambda: [4.0, 5.0, 6.0, 7.0, 8.0] in arrays), arrays)
epics.caput("ct:array", [9.5], wait=True, timeout=TIMEOUT)
check("an array monitor follows the length down", eventually(lambda: [9.5] in arrays), arrays)

for name, severity in (("ct:minor", 1), ("ct:major", 2), ("ct:invalid", 3)):
    pv = epics.PV(name, form="time")
    pv.get(timeout=TIMEOUT)
    check(f"{name} has alarm severity {severity}", pv.severity == severity, pv.severity)

stamped = epics.PV("ct:text", form="time")
stamped.get(timeout=TIMEOUT)
check("the time stamp is close to now", stamped.timestamp is not None and abs(stamped.timestamp - time.time()) < 300,
      stamped.timestamp)

print("all checks passed", flush=True)
