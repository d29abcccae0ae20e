using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Ask.Research;

/// <summary>A factual question from a visitor, with the audience and rating the answer must suit.</summary>
public sealed record ResearchQuestion(string Text, Audience Audience, ContentRating Rating);

/// <summary>
/// Answers factual questions, streamed in fragments as they are written: from the configured model, or offline from a real
/// offline source, or with an honest "I can only answer that when I'm connected" when there is none.
/// </summary>
public interface IResearchAnswerer
{
    IAsyncEnumerable<string> AnswerAsync(ResearchQuestion question, CancellationToken ct);
}
