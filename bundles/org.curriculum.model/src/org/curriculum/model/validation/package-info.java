// SPDX-License-Identifier: EPL-2.0
/**
 * The logic of the model's validation constraints. Each constraint is declared in
 * {@code model/curriculum.ecore} as an invariant operation whose generated body calls one static method
 * here, so that the generated {@code CurriculumValidator} runs it and regeneration never touches it.
 *
 * <p>Severity: an <b>error</b> when the model breaks a rule the workbench relies on (an ambiguous
 * number or code, a missing required value, a broken reference, rules of combination or a mapping that
 * cannot be applied as stated); a <b>warning</b> when the document disagrees with itself or is
 * incomplete but every element is still usable.
 *
 * <table>
 * <caption>The constraints</caption>
 * <tr><th>constraint (class.operation)</th><th>severity</th><th>checks</th></tr>
 * <tr><td>NamedElement.validateUniqueIdentifiers</td><td>error</td><td>no two numbers (components: per kind)
 * or codes in one containment list; standards unique across their framework</td></tr>
 * <tr><td>MappableItem.validateRequiredFields</td><td>error</td><td>title of components, learning outcomes,
 * assessment criteria and standards; code of standards</td></tr>
 * <tr><td>(EMF) EveryProxyResolves, EveryMultiplicityConforms</td><td>error</td><td>dangling references
 * to elements of other files; required references (a link's item and standard, two components in a
 * barred combination), reworded by {@code org.curriculum.core.validation.ModelValidation}</td></tr>
 * <tr><td>PartQualification.validateSubsetOfFullQualification</td><td>error</td><td>every component of a
 * part qualification is in its full qualification</td></tr>
 * <tr><td>RulesOfCombination.validateCreditsAchievable</td><td>error / warning</td><td>the total credit, each
 * level minimum and each group minimum (credits, components) can be reached from the listed
 * components (error); listed components without credits or level that the rules count (warning)</td></tr>
 * <tr><td>BarredCombination.validateOnlyOptionalComponents</td><td>error</td><td>a barred combination names
 * only components listed in optional groups</td></tr>
 * <tr><td>MappingSet.validateFrameworks</td><td>error</td><td>source and target frameworks are set</td></tr>
 * <tr><td>MappingLink.validateWithinFrameworks</td><td>error</td><td>the item is in the source framework, the
 * standard in the target framework</td></tr>
 * <tr><td>MappingSet.validateNoDuplicateLinks</td><td>error</td><td>no item linked twice to one standard</td></tr>
 * <tr><td>DocumentListing.validateEntriesMatchComponents</td><td>warning</td><td>a printed listing names each
 * component of its kinds by number and title: misnumbered entries, titles differing, entries without a
 * component, components missing from the listing</td></tr>
 * <tr><td>ComponentGroup.validatePrintedTable</td><td>warning</td><td>the same for a qualification's printed
 * rules table against the group's components; a group titled "Level N" holds only level N components</td></tr>
 * <tr><td>Qualification.validateCreditValue</td><td>warning</td><td>credit value = TQT / 10 and = the rules'
 * total credit, where given</td></tr>
 * <tr><td>CurriculumComponent.validateCreditsMatchNotionalHours</td><td>warning</td><td>notional hours =
 * 10 x credits, where both are given</td></tr>
 * <tr><td>KnowledgeModule.validateTopicWeightings</td><td>warning</td><td>when any topic has a weighting, all
 * have one and they add up to 100%</td></tr>
 * <tr><td>OccupationalResponsibility.validateHasPracticalSkillsModule,
 * OccupationalContext.validateHasWorkExperienceModule</td><td>warning</td><td>each responsibility and context
 * is covered by a module</td></tr>
 * <tr><td>CurriculumComponent.validateTraceability</td><td>warning</td><td>where the curriculum has a profile:
 * each module other than a knowledge module traces to a task; each practical skills module covers a
 * responsibility, each work experience module a context</td></tr>
 * </table>
 *
 * <p>Titles are compared with {@link org.curriculum.model.validation.PrintedTitles}: differences only in
 * case, spacing, apostrophe/quote/dash style or a final full stop are not reported.
 */
package org.curriculum.model.validation;
