// Arrow keys and swipes move a slide deck. Keys are heard on the whole page (not while typing in a box or while a
// menu or dialog has them); a swipe is a mostly sideways touch drag over the deck.
const SWIPE = 50; // pixels sideways before a drag counts as a swipe

export function attach(deck, dotnet) {
    const typing = target => target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, [role=slider], [role=listbox], [role=menu], [role=dialog]'));
    const onKey = event => {
        if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
        const by = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
        if (by === 0) return;
        event.preventDefault();
        dotnet.invokeMethodAsync('Step', by);
    };
    let start = null;
    const onDown = event => { start = event.pointerType === 'mouse' ? null : { x: event.clientX, y: event.clientY }; };
    const onUp = event => {
        if (!start) return;
        const dx = event.clientX - start.x, dy = event.clientY - start.y;
        start = null;
        if (Math.abs(dx) >= SWIPE && Math.abs(dx) > 2 * Math.abs(dy)) dotnet.invokeMethodAsync('Step', dx < 0 ? 1 : -1);
    };
    const onCancel = () => { start = null; };
    document.addEventListener('keydown', onKey);
    deck.addEventListener('pointerdown', onDown);
    deck.addEventListener('pointerup', onUp);
    deck.addEventListener('pointercancel', onCancel);
    return {
        detach() {
            document.removeEventListener('keydown', onKey);
            deck.removeEventListener('pointerdown', onDown);
            deck.removeEventListener('pointerup', onUp);
            deck.removeEventListener('pointercancel', onCancel);
        },
    };
}
