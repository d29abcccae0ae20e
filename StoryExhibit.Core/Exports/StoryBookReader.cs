using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Exports;

/// <summary>Reads a story by its code into a <see cref="StoryBook"/>: the current path, with each scene's ready picture as its JPEG copy.</summary>
public sealed class StoryBookReader(StoryStore stories, SceneIllustrations illustrations, RasterCopyMaker copies)
{
    /// <summary>The story's book, or null for an unknown or malformed code.</summary>
    public async Task<StoryBook?> ReadAsync(string code, CancellationToken ct)
    {
        if (SessionCodes.Normalize(code) is not { } normalized) return null;
        var story = await stories.FindByCodeAsync(normalized, ct);
        if (story is null) return null;
        var tree = new StoryTree(story.Scenes, story.CurrentSceneId);
        var pictures = await illustrations.ForStoryAsync(story.Id, ct);
        var chapters = new List<BookChapter>();
        foreach (var scene in tree.CurrentPath)
        {
            var picture = pictures.GetValueOrDefault(scene.Id) is { State: IllustrationState.Ready } ready ? await PictureAsync(ready, ct) : null;
            var (heading, body) = SceneTitle.Split(scene.Prose);
            chapters.Add(new BookChapter(chapters.Count + 1, tree.ChoiceText(scene.ViaChoiceId), body, picture, heading));
        }
        var title = string.IsNullOrWhiteSpace(story.Title) ? story.Seed.Prompt : story.Title;
        return new StoryBook(title.Trim(), story.SessionCode, story.Seed.Genre, story.CreatedUtc, chapters);
    }

    private async Task<BookPicture?> PictureAsync(Illustration picture, CancellationToken ct)
        => await copies.CopyPathAsync(picture, ct) is { } path ? new BookPicture(await File.ReadAllBytesAsync(path, ct), picture.AltText) : null;
}
