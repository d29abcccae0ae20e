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
