// The camera preview and the photo stay in this browser: capture() measures the photo's colours and light and
// returns only those numbers; the pixels are never sent anywhere.

export async function start(video) {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return "unsupported";
    let stream;
    try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "user", width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false });
    } catch (e) {
        const name = e && e.name;
        if (name === "NotAllowedError" || name === "SecurityError") return "denied";
        if (name === "NotFoundError" || name === "OverconstrainedError") return "none";
        return "failed";
    }
    video.srcObject = stream;
    try { await video.play(); } catch { /* autoplay of a muted preview is allowed; the frame still arrives */ }
    if (!video.videoWidth) await new Promise(resolve => video.addEventListener("loadedmetadata", resolve, { once: true }));
    return "ok";
}

export function stop(video) {
    const stream = video && video.srcObject;
    if (stream) stream.getTracks().forEach(track => track.stop());
    if (video) video.srcObject = null;
}

export async function capture(video, image) {
    const width = video.videoWidth || 640, height = video.videoHeight || 480;
    const full = document.createElement("canvas");
    full.width = width;
    full.height = height;
    full.getContext("2d").drawImage(video, 0, 0, width, height);
    stop(video);

    // Shown as an image from a blob URL that lives only in this page.
    const blob = await new Promise(resolve => full.toBlob(resolve, "image/jpeg", 0.9));
    if (image.src && image.src.startsWith("blob:")) URL.revokeObjectURL(image.src);
    image.src = URL.createObjectURL(blob);

    const small = document.createElement("canvas");
    small.width = 64;
    small.height = 48;
    const context = small.getContext("2d", { willReadFrequently: true });
    context.drawImage(full, 0, 0, small.width, small.height);
    return measure(context.getImageData(0, 0, small.width, small.height).data);
}

export function forget(image) {
    if (image && image.src && image.src.startsWith("blob:")) URL.revokeObjectURL(image.src);
    if (image) image.removeAttribute("src");
}

function measure(px) {
    const count = px.length / 4;
    let luma = 0, luma2 = 0, warmth = 0, saturation = 0;
    const bins = new Map();
    for (let i = 0; i < px.length; i += 4) {
        const r = px[i], g = px[i + 1], b = px[i + 2];
        const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        luma += y;
        luma2 += y * y;
        warmth += r - b;
        saturation += (Math.max(r, g, b) - Math.min(r, g, b)) / 255;
        const key = ((r >> 6) << 4) | ((g >> 6) << 2) | (b >> 6);
        const bin = bins.get(key) || { n: 0, r: 0, g: 0, b: 0 };
        bin.n++; bin.r += r; bin.g += g; bin.b += b;
        bins.set(key, bin);
    }
    const mean = luma / count;
    const spread = Math.sqrt(Math.max(0, luma2 / count - mean * mean));
    const colours = [...bins.values()]
        .sort((a, b) => b.n - a.n)
        .filter((bin, index) => index === 0 || bin.n / count >= 0.04)
        .slice(0, 5)
        .map(bin => ({ r: Math.round(bin.r / bin.n), g: Math.round(bin.g / bin.n), b: Math.round(bin.b / bin.n), share: bin.n / count }));
    return {
        brightness: mean / 255,
        warmth: Math.max(-1, Math.min(1, (warmth / count / 255) * 2)),
        contrast: Math.min(1, (spread / 255) * 2.5),
        saturation: saturation / count,
        colours,
    };
}
