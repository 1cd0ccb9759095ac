/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.util;

import org.curriculum.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.curriculum.model.CurriculumPackage
 * @generated
 */
public class CurriculumSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CurriculumPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CurriculumSwitch() {
		if (modelPackage == null) {
			modelPackage = CurriculumPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case CurriculumPackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.PROPERTY: {
				Property property = (Property)theEObject;
				T result = caseProperty(property);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.MAPPABLE_ITEM: {
				MappableItem mappableItem = (MappableItem)theEObject;
				T result = caseMappableItem(mappableItem);
				if (result == null) result = caseNamedElement(mappableItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.FRAMEWORK: {
				Framework framework = (Framework)theEObject;
				T result = caseFramework(framework);
				if (result == null) result = caseNamedElement(framework);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.CURRICULUM: {
				Curriculum curriculum = (Curriculum)theEObject;
				T result = caseCurriculum(curriculum);
				if (result == null) result = caseFramework(curriculum);
				if (result == null) result = caseNamedElement(curriculum);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.DOCUMENT_LISTING: {
				DocumentListing documentListing = (DocumentListing)theEObject;
				T result = caseDocumentListing(documentListing);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.LISTING_ENTRY: {
				ListingEntry listingEntry = (ListingEntry)theEObject;
				T result = caseListingEntry(listingEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.OCCUPATIONAL_PROFILE: {
				OccupationalProfile occupationalProfile = (OccupationalProfile)theEObject;
				T result = caseOccupationalProfile(occupationalProfile);
				if (result == null) result = caseNamedElement(occupationalProfile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.OCCUPATIONAL_TASK: {
				OccupationalTask occupationalTask = (OccupationalTask)theEObject;
				T result = caseOccupationalTask(occupationalTask);
				if (result == null) result = caseMappableItem(occupationalTask);
				if (result == null) result = caseNamedElement(occupationalTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.OCCUPATIONAL_RESPONSIBILITY: {
				OccupationalResponsibility occupationalResponsibility = (OccupationalResponsibility)theEObject;
				T result = caseOccupationalResponsibility(occupationalResponsibility);
				if (result == null) result = caseMappableItem(occupationalResponsibility);
				if (result == null) result = caseNamedElement(occupationalResponsibility);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.OCCUPATIONAL_CONTEXT: {
				OccupationalContext occupationalContext = (OccupationalContext)theEObject;
				T result = caseOccupationalContext(occupationalContext);
				if (result == null) result = caseMappableItem(occupationalContext);
				if (result == null) result = caseNamedElement(occupationalContext);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.CURRICULUM_COMPONENT: {
				CurriculumComponent curriculumComponent = (CurriculumComponent)theEObject;
				T result = caseCurriculumComponent(curriculumComponent);
				if (result == null) result = caseMappableItem(curriculumComponent);
				if (result == null) result = caseNamedElement(curriculumComponent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.KNOWLEDGE_MODULE: {
				KnowledgeModule knowledgeModule = (KnowledgeModule)theEObject;
				T result = caseKnowledgeModule(knowledgeModule);
				if (result == null) result = caseCurriculumComponent(knowledgeModule);
				if (result == null) result = caseMappableItem(knowledgeModule);
				if (result == null) result = caseNamedElement(knowledgeModule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.KNOWLEDGE_TOPIC: {
				KnowledgeTopic knowledgeTopic = (KnowledgeTopic)theEObject;
				T result = caseKnowledgeTopic(knowledgeTopic);
				if (result == null) result = caseMappableItem(knowledgeTopic);
				if (result == null) result = caseNamedElement(knowledgeTopic);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.TOPIC_ELEMENT: {
				TopicElement topicElement = (TopicElement)theEObject;
				T result = caseTopicElement(topicElement);
				if (result == null) result = caseMappableItem(topicElement);
				if (result == null) result = caseNamedElement(topicElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.PRACTICAL_SKILLS_MODULE: {
				PracticalSkillsModule practicalSkillsModule = (PracticalSkillsModule)theEObject;
				T result = casePracticalSkillsModule(practicalSkillsModule);
				if (result == null) result = caseCurriculumComponent(practicalSkillsModule);
				if (result == null) result = caseMappableItem(practicalSkillsModule);
				if (result == null) result = caseNamedElement(practicalSkillsModule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.PRACTICAL_SKILL: {
				PracticalSkill practicalSkill = (PracticalSkill)theEObject;
				T result = casePracticalSkill(practicalSkill);
				if (result == null) result = caseMappableItem(practicalSkill);
				if (result == null) result = caseNamedElement(practicalSkill);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.WORK_EXPERIENCE_MODULE: {
				WorkExperienceModule workExperienceModule = (WorkExperienceModule)theEObject;
				T result = caseWorkExperienceModule(workExperienceModule);
				if (result == null) result = caseCurriculumComponent(workExperienceModule);
				if (result == null) result = caseMappableItem(workExperienceModule);
				if (result == null) result = caseNamedElement(workExperienceModule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.WORK_ACTIVITY: {
				WorkActivity workActivity = (WorkActivity)theEObject;
				T result = caseWorkActivity(workActivity);
				if (result == null) result = caseMappableItem(workActivity);
				if (result == null) result = caseNamedElement(workActivity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.UNIT: {
				Unit unit = (Unit)theEObject;
				T result = caseUnit(unit);
				if (result == null) result = caseCurriculumComponent(unit);
				if (result == null) result = caseMappableItem(unit);
				if (result == null) result = caseNamedElement(unit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.LEARNING_OUTCOME: {
				LearningOutcome learningOutcome = (LearningOutcome)theEObject;
				T result = caseLearningOutcome(learningOutcome);
				if (result == null) result = caseMappableItem(learningOutcome);
				if (result == null) result = caseNamedElement(learningOutcome);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.ASSESSMENT_CRITERION: {
				AssessmentCriterion assessmentCriterion = (AssessmentCriterion)theEObject;
				T result = caseAssessmentCriterion(assessmentCriterion);
				if (result == null) result = caseMappableItem(assessmentCriterion);
				if (result == null) result = caseNamedElement(assessmentCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.UNIT_OF_COMPETENCY: {
				UnitOfCompetency unitOfCompetency = (UnitOfCompetency)theEObject;
				T result = caseUnitOfCompetency(unitOfCompetency);
				if (result == null) result = caseCurriculumComponent(unitOfCompetency);
				if (result == null) result = caseMappableItem(unitOfCompetency);
				if (result == null) result = caseNamedElement(unitOfCompetency);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.PERFORMANCE_REQUIREMENT: {
				PerformanceRequirement performanceRequirement = (PerformanceRequirement)theEObject;
				T result = casePerformanceRequirement(performanceRequirement);
				if (result == null) result = caseMappableItem(performanceRequirement);
				if (result == null) result = caseNamedElement(performanceRequirement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.REQUIREMENT_ITEM: {
				RequirementItem requirementItem = (RequirementItem)theEObject;
				T result = caseRequirementItem(requirementItem);
				if (result == null) result = caseMappableItem(requirementItem);
				if (result == null) result = caseNamedElement(requirementItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.GUIDANCE_DOCUMENT: {
				GuidanceDocument guidanceDocument = (GuidanceDocument)theEObject;
				T result = caseGuidanceDocument(guidanceDocument);
				if (result == null) result = caseNamedElement(guidanceDocument);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.GUIDANCE_SECTION: {
				GuidanceSection guidanceSection = (GuidanceSection)theEObject;
				T result = caseGuidanceSection(guidanceSection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.QUALIFICATION: {
				Qualification qualification = (Qualification)theEObject;
				T result = caseQualification(qualification);
				if (result == null) result = caseMappableItem(qualification);
				if (result == null) result = caseNamedElement(qualification);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.PART_QUALIFICATION: {
				PartQualification partQualification = (PartQualification)theEObject;
				T result = casePartQualification(partQualification);
				if (result == null) result = caseQualification(partQualification);
				if (result == null) result = caseMappableItem(partQualification);
				if (result == null) result = caseNamedElement(partQualification);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.IDENTIFIER: {
				Identifier identifier = (Identifier)theEObject;
				T result = caseIdentifier(identifier);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.RULES_OF_COMBINATION: {
				RulesOfCombination rulesOfCombination = (RulesOfCombination)theEObject;
				T result = caseRulesOfCombination(rulesOfCombination);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.COMPONENT_GROUP: {
				ComponentGroup componentGroup = (ComponentGroup)theEObject;
				T result = caseComponentGroup(componentGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.LEVEL_CREDIT_RULE: {
				LevelCreditRule levelCreditRule = (LevelCreditRule)theEObject;
				T result = caseLevelCreditRule(levelCreditRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.BARRED_COMBINATION: {
				BarredCombination barredCombination = (BarredCombination)theEObject;
				T result = caseBarredCombination(barredCombination);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.STANDARDS_FRAMEWORK: {
				StandardsFramework standardsFramework = (StandardsFramework)theEObject;
				T result = caseStandardsFramework(standardsFramework);
				if (result == null) result = caseFramework(standardsFramework);
				if (result == null) result = caseNamedElement(standardsFramework);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.STANDARD_SECTION: {
				StandardSection standardSection = (StandardSection)theEObject;
				T result = caseStandardSection(standardSection);
				if (result == null) result = caseNamedElement(standardSection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.STANDARD: {
				Standard standard = (Standard)theEObject;
				T result = caseStandard(standard);
				if (result == null) result = caseMappableItem(standard);
				if (result == null) result = caseNamedElement(standard);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.STANDARD_ELEMENT: {
				StandardElement standardElement = (StandardElement)theEObject;
				T result = caseStandardElement(standardElement);
				if (result == null) result = caseMappableItem(standardElement);
				if (result == null) result = caseNamedElement(standardElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.PERFORMANCE_CRITERION: {
				PerformanceCriterion performanceCriterion = (PerformanceCriterion)theEObject;
				T result = casePerformanceCriterion(performanceCriterion);
				if (result == null) result = caseMappableItem(performanceCriterion);
				if (result == null) result = caseNamedElement(performanceCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.KNOWLEDGE_ITEM: {
				KnowledgeItem knowledgeItem = (KnowledgeItem)theEObject;
				T result = caseKnowledgeItem(knowledgeItem);
				if (result == null) result = caseMappableItem(knowledgeItem);
				if (result == null) result = caseNamedElement(knowledgeItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.MAPPING_SET: {
				MappingSet mappingSet = (MappingSet)theEObject;
				T result = caseMappingSet(mappingSet);
				if (result == null) result = caseNamedElement(mappingSet);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.REVIEWABLE: {
				Reviewable reviewable = (Reviewable)theEObject;
				T result = caseReviewable(reviewable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.REVIEW_COMMENT: {
				ReviewComment reviewComment = (ReviewComment)theEObject;
				T result = caseReviewComment(reviewComment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.GAP_REVIEW: {
				GapReview gapReview = (GapReview)theEObject;
				T result = caseGapReview(gapReview);
				if (result == null) result = caseReviewable(gapReview);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CurriculumPackage.MAPPING_LINK: {
				MappingLink mappingLink = (MappingLink)theEObject;
				T result = caseMappingLink(mappingLink);
				if (result == null) result = caseReviewable(mappingLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Property</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Property</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProperty(Property object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mappable Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mappable Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMappableItem(MappableItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Framework</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Framework</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFramework(Framework object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Curriculum</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Curriculum</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCurriculum(Curriculum object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Document Listing</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Document Listing</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDocumentListing(DocumentListing object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Listing Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Listing Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseListingEntry(ListingEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Occupational Profile</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Occupational Profile</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOccupationalProfile(OccupationalProfile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Occupational Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Occupational Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOccupationalTask(OccupationalTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Occupational Responsibility</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Occupational Responsibility</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOccupationalResponsibility(OccupationalResponsibility object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Occupational Context</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Occupational Context</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOccupationalContext(OccupationalContext object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Component</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Component</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCurriculumComponent(CurriculumComponent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Knowledge Module</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Knowledge Module</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKnowledgeModule(KnowledgeModule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Knowledge Topic</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Knowledge Topic</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKnowledgeTopic(KnowledgeTopic object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Topic Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Topic Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTopicElement(TopicElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Practical Skills Module</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Practical Skills Module</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePracticalSkillsModule(PracticalSkillsModule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Practical Skill</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Practical Skill</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePracticalSkill(PracticalSkill object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Work Experience Module</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Work Experience Module</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWorkExperienceModule(WorkExperienceModule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Work Activity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Work Activity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWorkActivity(WorkActivity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Unit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Unit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUnit(Unit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Learning Outcome</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Learning Outcome</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLearningOutcome(LearningOutcome object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assessment Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assessment Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssessmentCriterion(AssessmentCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Unit Of Competency</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Unit Of Competency</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUnitOfCompetency(UnitOfCompetency object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Performance Requirement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Performance Requirement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePerformanceRequirement(PerformanceRequirement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Requirement Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Requirement Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRequirementItem(RequirementItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Guidance Document</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Guidance Document</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGuidanceDocument(GuidanceDocument object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Guidance Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Guidance Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGuidanceSection(GuidanceSection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Qualification</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Qualification</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQualification(Qualification object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Part Qualification</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Part Qualification</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePartQualification(PartQualification object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identifier</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identifier</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentifier(Identifier object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rules Of Combination</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rules Of Combination</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRulesOfCombination(RulesOfCombination object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Component Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Component Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComponentGroup(ComponentGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Level Credit Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Level Credit Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLevelCreditRule(LevelCreditRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Barred Combination</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Barred Combination</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBarredCombination(BarredCombination object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Standards Framework</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Standards Framework</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStandardsFramework(StandardsFramework object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Standard Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Standard Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStandardSection(StandardSection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Standard</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Standard</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStandard(Standard object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Standard Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Standard Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStandardElement(StandardElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Performance Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Performance Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePerformanceCriterion(PerformanceCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Knowledge Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Knowledge Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKnowledgeItem(KnowledgeItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mapping Set</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mapping Set</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMappingSet(MappingSet object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reviewable</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reviewable</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReviewable(Reviewable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Review Comment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Review Comment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReviewComment(ReviewComment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Gap Review</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Gap Review</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGapReview(GapReview object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mapping Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mapping Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMappingLink(MappingLink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //CurriculumSwitch
