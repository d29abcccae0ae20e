// The attract screen's pictures: one shown at a time, the next every few seconds (the fade is in the CSS, and off for
// visitors who ask for reduced motion, who get a calmer pace too).
let timer = null;

export function cycle(selector) {
    stop();
    const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    let shown = 0;
    timer = setInterval(() => {
        const slides = document.querySelectorAll(selector);
        if (slides.length < 2) return;
        slides[shown % slides.length].classList.remove('shown');
        shown = (shown + 1) % slides.length;
        slides[shown].classList.add('shown');
    }, calm ? 15000 : 7000);
}

export function stop() {
    clearInterval(timer);
    timer = null;
}

// A kiosk serves many visitors: the profile the last one saved on this screen is not offered to the next, and the
// display modes they switched on are switched off.
export function forgetVisitor(cookieName) {
    document.cookie = `${cookieName}=; path=/; max-age=0; samesite=lax`;
    window.storyExhibit.display.reset();
}
