using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Privacy;

/// <summary>Gathers a visitor's data by session code (the code is what proves the data is theirs).</summary>
public sealed class VisitorDataReader(IDbContextFactory<StoryExhibitDb> contexts, IOptionsMonitor<PrivacyOptions> privacy, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>
    /// The story's data, or null for an unknown or malformed code. <paramref name="linkBase"/> (such as
    /// <c>https://exhibit.example</c>) makes picture and narration links absolute; empty keeps them relative.
    /// </summary>
    public async Task<VisitorDataExport?> ReadAsync(string sessionCode, string linkBase, CancellationToken ct)
    {
        if (SessionCodes.Normalize(sessionCode) is not { } code) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var story = await db.Stories.AsNoTracking().Include(s => s.Scenes).ThenInclude(s => s.Choices).AsSplitQuery()
            .FirstOrDefaultAsync(s => s.SessionCode == code, ct);
        if (story is null) return null;

        var sceneIds = story.Scenes.Select(s => s.Id).ToList();
        var clips = await db.NarrationClips.AsNoTracking().Where(c => sceneIds.Contains(c.SceneId)).ToListAsync(ct);
        var pictures = await db.Illustrations.AsNoTracking().Where(i => i.StoryId == story.Id).ToListAsync(ct);
        var feedback = await db.Feedback.AsNoTracking().Where(f => f.StoryId == story.Id || f.SessionCode == code).ToListAsync(ct);
        var consents = await db.Consents.AsNoTracking().Where(c => c.SessionCode == code).ToListAsync(ct);
        var events = await db.Events.AsNoTracking().Where(e => e.StoryId == story.Id || e.SessionCode == code).ToListAsync(ct);

        var link = linkBase.TrimEnd('/');
        var choiceText = story.Scenes.SelectMany(s => s.Choices).ToDictionary(c => c.Id, c => c.Text);
        var days = privacy.CurrentValue.RetentionDays;
        var seed = story.Seed;
        return new VisitorDataExport
        {
            ExportedUtc = _clock.GetUtcNow().UtcDateTime,
            RetentionDays = days,
            DeletedAutomaticallyAfterUtc = story.UpdatedUtc.AddDays(days),
            Story = new ExportedStory(story.SessionCode, story.Title, story.CreatedUtc, story.UpdatedUtc, seed.Prompt, seed.Genre, seed.Characters,
                seed.Place, seed.StoryObject, seed.Audience.ToString(), seed.Rating.ToString(), seed.Ending.ToString(), seed.Length, seed.ArtStyle.ToString()),
            Scenes = story.Scenes.OrderBy(s => s.Number).ThenBy(s => s.CreatedUtc).Select(scene => new ExportedScene(
                scene.Number, scene.Id, scene.ParentId, scene.ViaChoiceId is { } via ? choiceText.GetValueOrDefault(via) : null,
                scene.Prose, scene.State.ToString(), scene.IsEnding, scene.CreatedUtc,
                scene.Choices.OrderBy(c => c.Position).Select(c => new ExportedChoice(c.Text, c.IsCustom)).ToList(),
                pictures.Where(p => p.SceneId == scene.Id).OrderBy(p => p.CreatedUtc)
                    .Select(p => new ExportedPicture($"{link}/illustrations/{p.Id}", p.AltText, p.Style.ToString(), p.State.ToString(), p.CreatedUtc)).ToList(),
                clips.Where(c => c.SceneId == scene.Id).OrderBy(c => c.VoiceKey).ThenBy(c => c.Index)
                    .Select(c => new ExportedNarration(c.Index, c.Sentence, c.FileName is null ? null : $"{link}/narration/{c.Id}", c.Voice)).ToList()
            )).ToList(),
            Feedback = feedback.OrderBy(f => f.CreatedUtc).Select(f => new ExportedFeedback(f.Rating, f.Comment, f.CreatedUtc)).ToList(),
            Consents = consents.OrderBy(c => c.RecordedUtc).Select(c => new ExportedConsent(c.Purpose, c.Granted, c.PolicyVersion, c.RecordedUtc)).ToList(),
            Events = events.OrderBy(e => e.OccurredUtc).Select(e => new ExportedEvent(e.Kind.ToString(), e.OccurredUtc, e.Detail)).ToList(),
        };
    }
}
