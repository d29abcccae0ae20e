// Copies the embedded resource "_framework/blazor.web.js" out of an assembly.
// usage: dotnet run build/extract-blazor-script.cs -- <assembly.dll> <output.js>
#:property PublishAot=false
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

const string resourceName = "_framework/blazor.web.js";
if (args.Length != 2) { Console.Error.WriteLine("usage: extract-blazor-script <assembly.dll> <output.js>"); return 2; }

using var pe = new PEReader(File.OpenRead(args[0]));
var metadata = pe.GetMetadataReader();
foreach (var handle in metadata.ManifestResources)
{
    var resource = metadata.GetManifestResource(handle);
    if (metadata.GetString(resource.Name) != resourceName) continue;
    var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
    var reader = pe.GetSectionData(directory.RelativeVirtualAddress).GetReader((int)resource.Offset, directory.Size - (int)resource.Offset);
    var bytes = reader.ReadBytes(reader.ReadInt32());
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
    File.WriteAllBytes(args[1], bytes);
    Console.WriteLine($"extracted {resourceName} ({bytes.Length} bytes) to {args[1]}");
    return 0;
}
Console.Error.WriteLine($"{resourceName} not found in {args[0]}");
return 1;
