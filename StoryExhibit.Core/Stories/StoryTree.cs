namespace StoryExhibit.Core.Stories;

/// <summary>One scene in the tree, with the choice that led to it and its branches.</summary>
public sealed record StoryTreeNode(Scene Scene, string? ViaChoice, IReadOnlyList<StoryTreeNode> Children, bool OnCurrentPath, bool IsCurrent);

/// <summary>
/// The story's scenes as a tree: every scene a node, every taken choice an edge. Built from a flat list of
/// scenes (as stored) and the current scene, whose path from the root is highlighted.
/// </summary>
public sealed class StoryTree
{
    private readonly Dictionary<Guid, Scene> _byId;
    private readonly ILookup<Guid?, Scene> _byParent;
    private readonly Dictionary<Guid, Choice> _choices;

    public StoryTree(IEnumerable<Scene> scenes, Guid? currentSceneId)
    {
        var all = scenes.ToList();
        _byId = all.ToDictionary(s => s.Id);
        _byParent = all.OrderBy(s => s.CreatedUtc).ToLookup(s => s.ParentId);
        _choices = all.SelectMany(s => s.Choices).ToDictionary(c => c.Id);
        Current = currentSceneId is { } id && _byId.TryGetValue(id, out var current) ? current : DeepestFirstLeaf();
        CurrentPath = Current is null ? [] : PathTo(Current.Id);
        var onPath = CurrentPath.Select(s => s.Id).ToHashSet();
        Roots = _byParent[null].Select(root => Build(root, onPath)).ToList();
    }

    public Scene? Current { get; }
    /// <summary>Root first, <see cref="Current"/> last.</summary>
    public IReadOnlyList<Scene> CurrentPath { get; }
    public IReadOnlyList<StoryTreeNode> Roots { get; }
    public int Count => _byId.Count;

    public Scene? Find(Guid sceneId) => _byId.GetValueOrDefault(sceneId);

    public IReadOnlyList<Scene> ChildrenOf(Guid? sceneId) => _byParent[sceneId].ToList();

    /// <summary>The child written for a given choice, if that branch was taken before.</summary>
    public Scene? ChildVia(Guid choiceId) => _byId.Values.FirstOrDefault(s => s.ViaChoiceId == choiceId);

    /// <summary>True when the choice's branch was taken and its scene opened before (not merely written ahead).</summary>
    public bool ReadBefore(Guid choiceId) => ChildVia(choiceId) is { Unread: false };

    public string? ChoiceText(Guid? choiceId) => choiceId is { } id && _choices.TryGetValue(id, out var c) ? c.Text : null;

    /// <summary>The scenes from the root down to the given scene.</summary>
    public IReadOnlyList<Scene> PathTo(Guid sceneId)
    {
        var path = new List<Scene>();
        for (var scene = _byId.GetValueOrDefault(sceneId); scene is not null; scene = scene.ParentId is { } p ? _byId.GetValueOrDefault(p) : null)
        {
            path.Add(scene);
            if (path.Count > _byId.Count) throw new InvalidOperationException("The story tree has a cycle.");
        }
        path.Reverse();
        return path;
    }

    /// <summary>The choice texts that lead from the root to the given scene, one per edge.</summary>
    public IReadOnlyList<string> ChoicesTo(Guid sceneId)
        => PathTo(sceneId).Skip(1).Select(s => ChoiceText(s.ViaChoiceId) ?? "").ToList();

    private StoryTreeNode Build(Scene scene, HashSet<Guid> onPath)
        => new(scene, ChoiceText(scene.ViaChoiceId),
            _byParent[scene.Id].Select(child => Build(child, onPath)).ToList(),
            onPath.Contains(scene.Id), scene.Id == Current?.Id);

    private Scene? DeepestFirstLeaf()
    {
        var scene = _byParent[null].FirstOrDefault();
        while (scene is not null && _byParent[scene.Id].FirstOrDefault() is { } child) scene = child;
        return scene;
    }
}
