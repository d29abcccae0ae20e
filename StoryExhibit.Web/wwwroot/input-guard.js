// What a text box sends over the circuit stays within what the circuit carries and can read:
// - broken UTF-16 (a lone surrogate, which the server's JSON reader refuses) becomes U+FFFD in the box itself;
// - a value longer than the box's maxlength (set by a script, which maxlength does not stop) is not sent at all: the
//   box keeps it and an "oversizetext" event on its form tells the component only its length, so the page says what
//   is wrong.
// Listening on window in the capture phase runs before Blazor's own listeners, so they never see such a value.
(() => {
    const textTypes = new Set(['text', 'search', 'email', 'url', 'tel', 'password']);
    const isTextBox = box => box instanceof HTMLTextAreaElement || (box instanceof HTMLInputElement && textTypes.has(box.type));
    const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    const wellFormed = text => typeof text.toWellFormed === 'function' ? text.toWellFormed() : text.replace(loneSurrogates, '\uFFFD');

    function guard(event) {
        const box = event.target;
        if (!isTextBox(box)) return;
        const value = wellFormed(box.value);
        if (value !== box.value) box.value = value;
        if (box.maxLength > 0 && value.length > box.maxLength) {
            event.stopImmediatePropagation();
            // Raised on the box's form, not the box: Blazor sends the value of the input element an event comes from.
            const detail = { fieldId: box.id, length: value.length };
            (box.form ?? box.parentElement).dispatchEvent(new CustomEvent('oversizetext', { bubbles: true, detail }));
        }
    }

    window.addEventListener('input', guard, true);
    window.addEventListener('change', guard, true);
    Blazor.registerCustomEventType('oversizetext', {
        createEventArgs: event => event.detail,
    });
})();
