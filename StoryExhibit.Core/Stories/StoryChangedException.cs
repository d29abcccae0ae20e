namespace StoryExhibit.Core.Stories;

/// <summary>
/// A write refused because what it builds on is no longer there or no longer current (another device changed the
/// story, or it was deleted); nothing was saved. The message is written for the visitor.
/// </summary>
public class StoryChangedException(string message) : Exception(message)
{
    public const string ChoiceGone = "That choice is no longer offered: the scene was written again on another device. Here is the story as it is now.";
    public const string SceneGone = "That scene is no longer part of this story. Here is the story as it is now.";
    public const string AlreadyWritten = "That part of the story was just written on another device. Here is the story as it is now.";
}

/// <summary>Another device is writing a scene of this story right now; only one scene is written at a time.</summary>
public sealed class StoryBusyException() : StoryChangedException(Text)
{
    public const string Text = "A scene of this story is being written on another device just now: it appears here as it is written.";
}

/// <summary>The story was deleted (by its visitor, or when its time was up) while it was open.</summary>
public sealed class StoryDeletedException() : StoryChangedException(Text)
{
    public const string Text = "This story was deleted, so nothing more can be added to it. You can begin a new story.";
}
