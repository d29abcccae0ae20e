using Microsoft.Extensions.AI;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Ask.Research;

/// <summary>What the model is told for a factual question: who is asking, how long and how careful the answer is, what the rating allows.</summary>
public static class ResearchPrompt
{
    public static IReadOnlyList<ChatMessage> For(ResearchQuestion question) =>
    [
        new(ChatRole.System, Instructions(question.Audience, question.Rating)),
        new(ChatRole.User, question.Text),
    ];

    public static string Instructions(Audience audience, ContentRating rating) =>
        "You are the storyteller of an interactive storytelling exhibit in a museum, and a visitor has asked you a factual question. " +
        Reader(audience) + " " +
        "Be accurate. If you are not sure of something, or nobody knows, say so plainly instead of guessing. " +
        "Be warm and encouraging. " + Limits(rating) + " " +
        "Write plain sentences only: no lists, headings, links, emoji or markdown. " +
        "If the question is not one to answer here, say so kindly and suggest something else to ask.";

    private static string Reader(Audience audience) => audience switch
    {
        Audience.Children => "The visitor is a child: answer in two or three short, simple sentences a seven-year-old understands, with everyday words.",
        Audience.Teens => "The visitor is a teenager: answer clearly in two to four sentences.",
        _ => "The visitor is an adult: answer clearly in at most five sentences.",
    };

    private static string Limits(ContentRating rating) => rating switch
    {
        ContentRating.Gentle => "Keep it gentle: nothing violent, bloody or frightening, and no swearing.",
        ContentRating.Mild => "Keep it mild: no graphic violence, no blood, no swearing.",
        _ => "No gore, nothing sexual, no hate and no self-harm.",
    };
}
