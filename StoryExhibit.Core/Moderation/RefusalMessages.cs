using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Moderation;

/// <summary>The kind, specific words a visitor reads when what they typed does not fit the story: why, and what to try instead.</summary>
public static class RefusalMessages
{
    public static string For(ModerationCategory category, ContentRating rating, VisitorTextField field) =>
        $"{Reason(category, rating)}: try {Instead(field)}.";

    private static string Reason(ModerationCategory category, ContentRating rating) => category switch
    {
        ModerationCategory.SelfHarm => "That sounds like a heavy thing to carry. If it is about you, please talk to someone you trust. For this story",
        ModerationCategory.Hate => "Everyone is welcome in these stories, so let's leave out words that hurt people",
        ModerationCategory.Sexual => "That isn't something for this story",
        ModerationCategory.Profanity => "Let's keep the words in this story friendly",
        _ => rating switch
        {
            ContentRating.Gentle => "Let's keep this story gentle",
            ContentRating.Mild => "Let's keep this story only a little scary",
            _ => "Even a thrilling story keeps it from getting that gruesome",
        },
    };

    private static string Instead(VisitorTextField field) => field switch
    {
        VisitorTextField.Idea => "another idea for your story",
        VisitorTextField.Characters => "other characters",
        VisitorTextField.Place => "another place",
        VisitorTextField.StoryObject => "another object",
        VisitorTextField.FeedbackComment => "saying it another way",
        VisitorTextField.ProfileName => "another name",
        VisitorTextField.AskRequest => "asking it another way",
        _ => "another idea for what happens next",
    };
}
