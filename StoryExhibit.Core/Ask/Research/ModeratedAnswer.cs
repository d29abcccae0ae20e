using System.Runtime.CompilerServices;
using System.Text;
using StoryExhibit.Core.Moderation;

namespace StoryExhibit.Core.Ask.Research;

/// <summary>
/// Lets an answer through one sentence at a time, each judged by the word lists for the question's audience and rating
/// before any word of it is shown. At the first sentence that goes too far the answer ends with a kind line instead.
/// </summary>
public sealed class ModeratedAnswer(ContentModerator moderator)
{
    public async IAsyncEnumerable<string> ReleaseAsync(IAsyncEnumerable<string> fragments, ResearchQuestion question, [EnumeratorCancellation] CancellationToken ct)
    {
        var text = new StringBuilder();
        var released = 0;
        var refused = false;
        await foreach (var fragment in fragments.WithCancellation(ct).ConfigureAwait(false))
        {
            text.Append(fragment);
            var written = text.ToString();
            var end = AnswerFragments.LastSentenceEnd(written);
            if (end <= released) continue;
            if (!Fits(written[released..end], question))
            {
                refused = true;
                break;
            }
            foreach (var word in AnswerFragments.Words(written[released..end]))
            {
                ct.ThrowIfCancellationRequested(); // a visitor's Stop ends the words of a sentence already let through too
                yield return word;
            }
            released = end;
        }
        if (!refused)
        {
            var rest = text.ToString()[released..];
            if (string.IsNullOrWhiteSpace(rest)) yield break;
            if (Fits(rest, question))
            {
                foreach (var word in AnswerFragments.Words(rest))
                {
                    ct.ThrowIfCancellationRequested();
                    yield return word;
                }
                yield break;
            }
        }
        foreach (var word in AnswerFragments.Words((released > 0 ? " " : "") + Refusal(released > 0))) yield return word;
    }

    private bool Fits(string sentence, ResearchQuestion question) => moderator.CheckOffline(sentence, question.Rating, question.Audience).Allowed;

    internal static string Refusal(bool partWayThrough) => partWayThrough
        ? "That's all I can say about that here."
        : "That isn't something I can talk about here. Try asking me about something else!";
}
