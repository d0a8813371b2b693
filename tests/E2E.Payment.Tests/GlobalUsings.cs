global using E2E.Payment.Basis;
global using E2E.Payment.Engine;
global using E2E.Payment.RuleSets;
global using FluentAssertions;
global using NUnit.Framework;
