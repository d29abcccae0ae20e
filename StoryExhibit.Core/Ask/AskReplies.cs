namespace StoryExhibit.Core.Ask;

/// <summary>The storyteller's own words for the chat: what it can do, and the honest answers when something cannot be done.</summary>
public static class AskReplies
{
    public const string WhatICanDo =
        "I can't do that one, I'm afraid. Here is what I can do: answer questions about your story, turn your idea into what happens next, "
        + "draw a picture, make up a song, or tell you about the world (\u201Chow far away is the moon?\u201D).";

    public const string NoStoryForChoice =
        "What a good idea for a story! Start a new story with it (type it as your idea on the first page), and I'll write it with you.";

    public const string NotTaken = "Nothing was made: the request was stopped.";

    public static string ChoiceOffer(string choice) =>
        $"Ooh, I like that! Shall the story go this way: \u201C{choice}\u201D? Press \u201CTake this path\u201D and I'll write it.";

    public static string PictureDone(string what) => $"Here is my picture of {what}.";

    public const string PictureFailed = "I couldn't finish that picture just now. Please try again in a moment.";
    public const string SongFailed = "I couldn't finish that song just now. Please try again in a moment.";
    public const string AnswerFailed = "Sorry, I lost my words for a moment. Please ask me again.";
    public const string ModelRefused = "Let's keep our chat friendly for everyone: please ask me something else.";
}
