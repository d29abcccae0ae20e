// "Press to talk": records while the button is held (pointer, Space or Enter), or from one short press to the next,
// then uploads the recording over HTTP with the one-use ticket the circuit gave, and hands the server's reply (the
// words, or why there are none) to the component. The audio lives only in this page until it is sent.

const QuickPressMs = 350;
const talks = new WeakMap();

export function attach(host, dotnet, path, ticketHeader, maxSeconds) {
    const button = host && host.querySelector("button");
    if (!button) return;
    const talk = { dotnet, button, path, ticketHeader, maxMs: maxSeconds * 1000, held: false, pressedAt: 0, starting: false, recorder: null, stream: null, toggled: false, timer: 0 };
    const isTalkKey = e => e.key === " " || e.key === "Enter";
    const handlers = {
        pointerdown: e => {
            if (e.button !== 0) return;
            e.preventDefault();
            try { button.setPointerCapture(e.pointerId); } catch { /* not capturable: pointerup still arrives on the button */ }
            press(talk);
        },
        pointerup: () => release(talk),
        pointercancel: () => release(talk),
        keydown: e => { if (isTalkKey(e)) { e.preventDefault(); if (!e.repeat) press(talk); } },
        keyup: e => { if (isTalkKey(e)) { e.preventDefault(); release(talk); } },
        click: e => e.preventDefault(),
        contextmenu: e => e.preventDefault(),
    };
    for (const [name, handler] of Object.entries(handlers)) button.addEventListener(name, handler);
    talks.set(host, { talk, handlers });
    button.dataset.talkReady = "true"; // presses before this did nothing; tests wait for it

}

export function detach(host) {
    const entry = talks.get(host);
    if (!entry) return;
    for (const [name, handler] of Object.entries(entry.handlers)) entry.talk.button.removeEventListener(name, handler);
    discard(entry.talk);
    talks.delete(host);
}

export function focus(host) {
    const button = host && host.querySelector("button");
    if (button) button.focus();
}

async function press(talk) {
    if (talk.recorder) { // the second press of "press once to start, again to stop"
        stopAndSend(talk);
        return;
    }
    if (talk.starting) return;
    talk.held = true;
    talk.pressedAt = performance.now();
    talk.starting = true;
    try {
        const ticket = await talk.dotnet.invokeMethodAsync("BeginAsync");
        if (!ticket) return;
        const stream = await microphone(talk);
        if (!stream) return;
        talk.stream = stream;
        talk.ticket = ticket;
        const type = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/webm", "audio/mp4"].find(t => MediaRecorder.isTypeSupported(t)) || "";
        const recorder = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
        talk.chunks = [];
        recorder.addEventListener("dataavailable", e => { if (e.data && e.data.size > 0) talk.chunks.push(e.data); });
        recorder.start();
        talk.recorder = recorder;
        talk.timer = setTimeout(() => stopAndSend(talk), talk.maxMs);
        // Let go already (a short press or click): keep listening until the next press.
        talk.toggled = !talk.held;
        await talk.dotnet.invokeMethodAsync("Recording", talk.toggled);
    } catch (e) {
        discard(talk);
        await talk.dotnet.invokeMethodAsync("Failed", "failed");
    } finally {
        talk.starting = false;
    }
}

async function release(talk) {
    if (!talk.held) return;
    talk.held = false;
    if (!talk.recorder || talk.toggled) return;
    if (performance.now() - talk.pressedAt < QuickPressMs) {
        talk.toggled = true;
        await talk.dotnet.invokeMethodAsync("Recording", true);
        return;
    }
    stopAndSend(talk);
}

async function microphone(talk) {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || typeof MediaRecorder === "undefined") {
        await talk.dotnet.invokeMethodAsync("Failed", "unsupported");
        return null;
    }
    try {
        return await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true }, video: false });
    } catch (e) {
        const name = e && e.name;
        const kind = name === "NotAllowedError" || name === "SecurityError" ? "denied"
            : name === "NotFoundError" || name === "OverconstrainedError" ? "none" : "failed";
        await talk.dotnet.invokeMethodAsync("Failed", kind);
        return null;
    }
}

async function stopAndSend(talk) {
    const recorder = talk.recorder;
    if (!recorder) return;
    talk.recorder = null;
    clearTimeout(talk.timer);
    const stopped = new Promise(resolve => recorder.addEventListener("stop", resolve, { once: true }));
    if (recorder.state !== "inactive") recorder.stop();
    await stopped;
    stopTracks(talk);
    const audio = new Blob(talk.chunks, { type: recorder.mimeType || "audio/webm" });
    talk.chunks = [];
    if (audio.size === 0) {
        await talk.dotnet.invokeMethodAsync("Failed", "silence");
        return;
    }
    await talk.dotnet.invokeMethodAsync("Transcribing");
    let reply;
    try {
        const response = await fetch(talk.path, {
            method: "POST",
            credentials: "same-origin",
            headers: { "Content-Type": audio.type, [talk.ticketHeader]: talk.ticket },
            body: audio,
        });
        reply = await response.json();
    } catch {
        reply = { text: null, problem: null, kind: "failed" };
    }
    talk.ticket = null;
    await talk.dotnet.invokeMethodAsync("ReplyAsync", reply);
}

function stopTracks(talk) {
    if (talk.stream) talk.stream.getTracks().forEach(track => track.stop());
    talk.stream = null;
}

function discard(talk) {
    clearTimeout(talk.timer);
    if (talk.recorder && talk.recorder.state !== "inactive") talk.recorder.stop();
    talk.recorder = null;
    talk.chunks = [];
    stopTracks(talk);
}
