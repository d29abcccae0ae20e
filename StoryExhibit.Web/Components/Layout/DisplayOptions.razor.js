// The visitor's display modes: classes on <html>, remembered in sessionStorage (app.js applies them at page load).
const key = 'exhibit-display';

function stored() {
    try { return JSON.parse(sessionStorage.getItem(key) ?? '[]'); } catch { return []; }
}

export function isOn(mode) {
    return document.documentElement.classList.contains(mode);
}

export function toggle(mode) {
    const on = document.documentElement.classList.toggle(mode);
    const modes = stored().filter(m => m !== mode);
    if (on) modes.push(mode);
    sessionStorage.setItem(key, JSON.stringify(modes));
    return on;
}
