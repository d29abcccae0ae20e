using Microsoft.EntityFrameworkCore;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Narration;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Stories;

/// <summary>Counts a story's <see cref="StoryFacts"/>: the tree as the visitor sees it, the rest from the database.</summary>
public sealed class StoryFactsReader(IDbContextFactory<StoryExhibitDb> contexts)
{
    public async Task<StoryFacts> ReadAsync(Story story, StoryTree tree, int storiesByVisitor, CancellationToken ct)
    {
        var sceneIds = tree.CurrentPath.Select(s => s.Id).ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var pictures = await db.Illustrations.AsNoTracking()
            .Where(p => p.StoryId == story.Id && p.State == IllustrationState.Ready)
            .Select(p => new { p.SceneId, p.SceneVariant }).ToListAsync(ct);
        var clips = await db.NarrationClips.AsNoTracking().Where(c => sceneIds.Contains(c.SceneId))
            .Select(c => new { c.SceneId, Failed = c.Error != null }).ToListAsync(ct);
        var heard = await db.Events.CountAsync(e => e.StoryId == story.Id && e.Kind == ExhibitEventKind.NarrationPlayed, ct);
        return Count(story, tree,
            pictured: pictures.Select(p => (p.SceneId, p.SceneVariant)).ToHashSet(),
            narrated: clips.GroupBy(c => c.SceneId).Where(g => !g.Any(c => c.Failed)).Select(g => g.Key).ToHashSet(),
            heard, storiesByVisitor);
    }

    /// <summary>The facts from the tree and what was found for it: pictures by scene and version, scenes fully narrated.</summary>
    public static StoryFacts Count(Story story, StoryTree tree, IReadOnlySet<(Guid SceneId, int Variant)> pictured,
        IReadOnlySet<Guid> narrated, int narrationsHeard, int storiesByVisitor)
    {
        var written = tree.CurrentPath.Where(s => s.IsFinished && s.Prose.Length > 0).ToList();
        var scenes = tree.Roots.SelectMany(Flatten).Select(n => n.Scene).ToList();
        var customChoices = scenes.SelectMany(s => s.Choices).Where(c => c.IsCustom).Select(c => c.Id).ToHashSet();
        return new StoryFacts
        {
            ScenesWritten = written.Count,
            ScenesPictured = written.Count(s => pictured.Contains((s.Id, s.Variant))),
            ScenesNarrated = written.Count(s => narrated.Contains(s.Id)),
            EndingReached = tree.Current is { IsEnding: true, IsFinished: true },
            ScenesInTree = scenes.Count,
            BranchPoints = scenes.Count(s => tree.ChildrenOf(s.Id).Count > 1),
            OwnChoicesTaken = scenes.Count(s => s.ViaChoiceId is { } via && customChoices.Contains(via)),
            Rewrites = scenes.Count(s => s.Variant > 0),
            NarrationsHeard = narrationsHeard,
            SeedFullyFurnished = story.Seed.Characters.Count > 0 && !string.IsNullOrWhiteSpace(story.Seed.Place) && !string.IsNullOrWhiteSpace(story.Seed.StoryObject),
            StoriesByVisitor = Math.Max(1, storiesByVisitor),
        };
    }

    private static IEnumerable<StoryTreeNode> Flatten(StoryTreeNode node) => node.Children.SelectMany(Flatten).Prepend(node);
}
