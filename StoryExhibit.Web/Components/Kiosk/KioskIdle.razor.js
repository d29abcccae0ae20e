// The kiosk's idle timer. After `idleMs` with no touch, click, key or wheel, the screen loads the attract screen as a
// fresh page (replacing this history entry), so nothing of the last visitor's story stays on screen or in memory.
// A scene being written, narration playing, or a staff page being used counts as activity, for at most `busyCapMs`
// after the last real touch (audio a browser never lets play must not keep an abandoned story on screen all day).
const activity = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel'];
const staffPaths = ['/settings', '/dashboard', '/account'];
const busyCapMs = 10 * 60 * 1000;
let idle = null;
let attract = null;

// A page the kiosk comes back to with Back shows what an earlier visitor left: go to the attract screen instead.
window.addEventListener('pageshow', event => { if (event.persisted && attract) location.replace(attract); });

export function start(idleMs, attractPath) {
    stop();
    attract = attractPath;
    if (performance.getEntriesByType('navigation')[0]?.type === 'back_forward') {
        location.replace(attractPath);
        return;
    }
    const state = { last: Date.now(), touchedAt: Date.now() };
    state.touched = () => { state.last = state.touchedAt = Date.now(); };
    for (const type of activity) window.addEventListener(type, state.touched, { passive: true, capture: true });
    state.timer = setInterval(() => {
        if (busy() && Date.now() - state.touchedAt < busyCapMs) state.last = Date.now();
        else if (Date.now() - state.last >= idleMs) {
            stop();
            location.replace(attractPath);
        }
    }, 1000);
    idle = state;
}

export function stop() {
    if (!idle) return;
    clearInterval(idle.timer);
    for (const type of activity) window.removeEventListener(type, idle.touched, { capture: true });
    idle = null;
}

function busy() {
    if (staffPaths.some(path => location.pathname === path || location.pathname.startsWith(path + '/'))) return true;
    if (document.querySelector('.prose[aria-busy="true"]')) return true; // the storyteller is writing
    const speaking = [...document.querySelectorAll('.narration .caption')].some(caption => !caption.classList.contains('empty'));
    return speaking && !document.querySelector('[aria-label="Resume narration"]'); // paused narration waits for nobody
}
