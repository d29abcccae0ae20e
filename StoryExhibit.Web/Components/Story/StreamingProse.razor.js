// While a scene is written, the page follows its newest line: whenever the text grows and the caret has gone below
// the upper part of the screen (the bottom is the narration bar's), the page scrolls just enough to bring it back.
// A visitor who scrolls up on purpose (wheel, touch, keys) is left to read; scrolling back down to the newest line
// resumes following.
const KEEP_ABOVE = 0.62; // the caret stays above this fraction of the viewport's height
const UP_KEYS = new Set(['ArrowUp', 'PageUp', 'Home']);
const DOWN_KEYS = new Set(['ArrowDown', 'PageDown', 'End', ' ']);

export function follow(prose) {
    // The scene may have finished and this element left the page before the call arrived.
    if (!(prose instanceof Element) || !prose.isConnected) return { following: false, stop() { } };
    let following = true;
    let intent = null; // 'up' or 'down': the visitor's own last scrolling gesture

    const caret = () => prose.querySelector('.caret') ?? prose;
    const caretInView = () => caret().getBoundingClientRect().bottom <= window.innerHeight;
    const reveal = () => {
        if (!following || !prose.isConnected) return;
        const overshoot = caret().getBoundingClientRect().bottom - window.innerHeight * KEEP_ABOVE;
        if (overshoot > 0) window.scrollBy({ top: overshoot, behavior: 'instant' });
    };
    const onScroll = () => {
        if (intent === 'up') following = false;
        else if (intent === 'down' && caretInView()) following = true;
        intent = null;
    };
    const onWheel = event => { intent = event.deltaY < 0 ? 'up' : 'down'; };
    const onKey = event => { intent = UP_KEYS.has(event.key) || (event.key === ' ' && event.shiftKey) ? 'up' : DOWN_KEYS.has(event.key) ? 'down' : intent; };
    let touchY = null;
    const onTouchStart = event => { touchY = event.touches[0]?.clientY ?? null; };
    const onTouchMove = event => {
        const y = event.touches[0]?.clientY;
        if (touchY === null || y === undefined) return;
        intent = y > touchY ? 'up' : 'down'; // a finger moving down scrolls the page up
        touchY = y;
    };

    const observer = new MutationObserver(reveal);
    observer.observe(prose, { childList: true, subtree: true, characterData: true });
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('wheel', onWheel, { passive: true });
    window.addEventListener('keydown', onKey);
    window.addEventListener('touchstart', onTouchStart, { passive: true });
    window.addEventListener('touchmove', onTouchMove, { passive: true });
    window.addEventListener('resize', reveal);
    reveal();

    return {
        get following() { return following; },
        stop() {
            observer.disconnect();
            window.removeEventListener('scroll', onScroll);
            window.removeEventListener('wheel', onWheel);
            window.removeEventListener('keydown', onKey);
            window.removeEventListener('touchstart', onTouchStart);
            window.removeEventListener('touchmove', onTouchMove);
            window.removeEventListener('resize', reveal);
        },
    };
}
