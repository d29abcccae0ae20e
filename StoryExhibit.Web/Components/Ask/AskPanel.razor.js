// Chat answers read aloud through the narration's audio queue. The story page's narration keeps window.storyNarration;
// this queue is window.askNarration (read by the browser tests).
import { createQueue } from '../Narration/NarrationPlayer.razor.js';

export function createAnswerQueue(dotnet, options) {
    const story = window.storyNarration;
    const queue = createQueue(dotnet, options, null);
    if (story) window.storyNarration = story; else delete window.storyNarration;
    window.askNarration = queue;
    return queue;
}

// Keeps the newest reply in view as it streams and its picture loads, unless the visitor scrolled up to read.
export function follow(log) {
    let stick = true;
    const bottom = () => { if (stick) log.scrollTop = log.scrollHeight; };
    const onScroll = () => { stick = log.scrollHeight - log.scrollTop - log.clientHeight < 80; };
    const observer = new MutationObserver(bottom);
    observer.observe(log, { childList: true, subtree: true, characterData: true });
    log.addEventListener('scroll', onScroll);
    log.addEventListener('load', bottom, true); // pictures load after they are added
    return {
        dispose() {
            observer.disconnect();
            log.removeEventListener('scroll', onScroll);
            log.removeEventListener('load', bottom, true);
        },
    };
}
