using E2E.Drivers;
using E2E.Drivers.Directory;
using E2E.Organisation;
using Reqnroll;

namespace E2E.Specs.Steps;

[Binding]
public sealed class UnitSteps(UnitDirectoryDriver directory)
{
    [Given("att {enhet} arbetar i {system}")]
    public Task UnitWorksIn(KnownUnit unit, CareSystem system) => directory.EnsureWorksInAsync(unit, system);
}
