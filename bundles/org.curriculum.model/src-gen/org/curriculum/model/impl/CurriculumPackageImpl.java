/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.ComponentKind;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.DocumentListing;
import org.curriculum.model.Framework;
import org.curriculum.model.GapReview;
import org.curriculum.model.GuidanceDocument;
import org.curriculum.model.GuidanceKind;
import org.curriculum.model.GuidanceSection;
import org.curriculum.model.GuidanceSectionKind;
import org.curriculum.model.Identifier;
import org.curriculum.model.KnowledgeItem;
import org.curriculum.model.KnowledgeModule;
import org.curriculum.model.KnowledgeTopic;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.LevelCreditRule;
import org.curriculum.model.ListingEntry;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.NamedElement;
import org.curriculum.model.OccupationalContext;
import org.curriculum.model.OccupationalProfile;
import org.curriculum.model.OccupationalResponsibility;
import org.curriculum.model.OccupationalTask;
import org.curriculum.model.PartQualification;
import org.curriculum.model.PerformanceCriterion;
import org.curriculum.model.PerformanceRequirement;
import org.curriculum.model.PracticalSkill;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.Property;
import org.curriculum.model.PublicationStatus;
import org.curriculum.model.Qualification;
import org.curriculum.model.RequirementItem;
import org.curriculum.model.ReviewComment;
import org.curriculum.model.ReviewState;
import org.curriculum.model.Reviewable;
import org.curriculum.model.RulesOfCombination;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardElement;
import org.curriculum.model.StandardSection;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.TopicElement;
import org.curriculum.model.Unit;
import org.curriculum.model.UnitOfCompetency;
import org.curriculum.model.WorkActivity;
import org.curriculum.model.WorkActivityMode;
import org.curriculum.model.WorkExperienceModule;

import org.curriculum.model.util.CurriculumValidator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EGenericType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CurriculumPackageImpl extends EPackageImpl implements CurriculumPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass propertyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mappableItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass frameworkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass curriculumEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass documentListingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listingEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass occupationalProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass occupationalTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass occupationalResponsibilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass occupationalContextEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass curriculumComponentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass knowledgeModuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass knowledgeTopicEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass topicElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass practicalSkillsModuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass practicalSkillEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workExperienceModuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workActivityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass unitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass learningOutcomeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass unitOfCompetencyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass performanceRequirementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass requirementItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass guidanceDocumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass guidanceSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass qualificationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partQualificationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifierEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rulesOfCombinationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass componentGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass levelCreditRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass barredCombinationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass standardsFrameworkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass standardSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass standardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass standardElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass performanceCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass knowledgeItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mappingSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewCommentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gapReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mappingLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum publicationStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum componentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum workActivityModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum guidanceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum guidanceSectionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reviewStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum coverageLevelEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.curriculum.model.CurriculumPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CurriculumPackageImpl() {
		super(eNS_URI, CurriculumFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CurriculumPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CurriculumPackage init() {
		if (isInited) return (CurriculumPackage)EPackage.Registry.INSTANCE.getEPackage(CurriculumPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCurriculumPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CurriculumPackageImpl theCurriculumPackage = registeredCurriculumPackage instanceof CurriculumPackageImpl ? (CurriculumPackageImpl)registeredCurriculumPackage : new CurriculumPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCurriculumPackage.createPackageContents();

		// Initialize created meta-data
		theCurriculumPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theCurriculumPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return CurriculumValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theCurriculumPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CurriculumPackage.eNS_URI, theCurriculumPackage);
		return theCurriculumPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Code() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Title() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNamedElement_Properties() {
		return (EReference)namedElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getNamedElement__ValidateUniqueIdentifiers__DiagnosticChain_Map() {
		return namedElementEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProperty() {
		return propertyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProperty_Key() {
		return (EAttribute)propertyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProperty_Value() {
		return (EAttribute)propertyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMappableItem() {
		return mappableItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMappableItem__ValidateRequiredFields__DiagnosticChain_Map() {
		return mappableItemEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFramework() {
		return frameworkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_Version() {
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_Status() {
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_Publisher() {
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_Published() {
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCurriculum() {
		return curriculumEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCurriculum_Profile() {
		return (EReference)curriculumEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCurriculum_Components() {
		return (EReference)curriculumEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCurriculum_Qualifications() {
		return (EReference)curriculumEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCurriculum_GuidanceDocuments() {
		return (EReference)curriculumEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCurriculum_Listings() {
		return (EReference)curriculumEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDocumentListing() {
		return documentListingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentListing_Title() {
		return (EAttribute)documentListingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDocumentListing_Entries() {
		return (EReference)documentListingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getDocumentListing__ValidateEntriesMatchComponents__DiagnosticChain_Map() {
		return documentListingEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListingEntry() {
		return listingEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListingEntry_Kind() {
		return (EAttribute)listingEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListingEntry_Number() {
		return (EAttribute)listingEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListingEntry_Title() {
		return (EAttribute)listingEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOccupationalProfile() {
		return occupationalProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccupationalProfile_OfoCode() {
		return (EAttribute)occupationalProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccupationalProfile_Occupation() {
		return (EAttribute)occupationalProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccupationalProfile_RelatedOccupations() {
		return (EAttribute)occupationalProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccupationalProfile_Specialisations() {
		return (EAttribute)occupationalProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccupationalProfile_Purpose() {
		return (EAttribute)occupationalProfileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccupationalProfile_Scope() {
		return (EAttribute)occupationalProfileEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOccupationalProfile_Tasks() {
		return (EReference)occupationalProfileEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOccupationalTask() {
		return occupationalTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccupationalTask_Number() {
		return (EAttribute)occupationalTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccupationalTask_ProductOrService() {
		return (EAttribute)occupationalTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOccupationalTask_Responsibilities() {
		return (EReference)occupationalTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOccupationalTask_Contexts() {
		return (EReference)occupationalTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOccupationalResponsibility() {
		return occupationalResponsibilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccupationalResponsibility_Number() {
		return (EAttribute)occupationalResponsibilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOccupationalResponsibility_PracticalSkillsModules() {
		return (EReference)occupationalResponsibilityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getOccupationalResponsibility__ValidateHasPracticalSkillsModule__DiagnosticChain_Map() {
		return occupationalResponsibilityEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOccupationalContext() {
		return occupationalContextEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccupationalContext_Number() {
		return (EAttribute)occupationalContextEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccupationalContext_RoleLevel() {
		return (EAttribute)occupationalContextEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOccupationalContext_Role() {
		return (EAttribute)occupationalContextEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOccupationalContext_WorkExperienceModules() {
		return (EReference)occupationalContextEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getOccupationalContext__ValidateHasWorkExperienceModule__DiagnosticChain_Map() {
		return occupationalContextEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCurriculumComponent() {
		return curriculumComponentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurriculumComponent_Number() {
		return (EAttribute)curriculumComponentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurriculumComponent_Level() {
		return (EAttribute)curriculumComponentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurriculumComponent_Credits() {
		return (EAttribute)curriculumComponentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurriculumComponent_NotionalHours() {
		return (EAttribute)curriculumComponentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurriculumComponent_GuidedLearningHours() {
		return (EAttribute)curriculumComponentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurriculumComponent_Purpose() {
		return (EAttribute)curriculumComponentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCurriculumComponent_Tasks() {
		return (EReference)curriculumComponentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCurriculumComponent__ValidateTraceability__DiagnosticChain_Map() {
		return curriculumComponentEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCurriculumComponent__ValidateCreditsMatchNotionalHours__DiagnosticChain_Map() {
		return curriculumComponentEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKnowledgeModule() {
		return knowledgeModuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKnowledgeModule_Topics() {
		return (EReference)knowledgeModuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getKnowledgeModule__ValidateTopicWeightings__DiagnosticChain_Map() {
		return knowledgeModuleEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKnowledgeTopic() {
		return knowledgeTopicEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnowledgeTopic_Weighting() {
		return (EAttribute)knowledgeTopicEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKnowledgeTopic_Elements() {
		return (EReference)knowledgeTopicEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTopicElement() {
		return topicElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPracticalSkillsModule() {
		return practicalSkillsModuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPracticalSkillsModule_Skills() {
		return (EReference)practicalSkillsModuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPracticalSkillsModule_AssessmentCriteria() {
		return (EReference)practicalSkillsModuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPracticalSkill() {
		return practicalSkillEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkExperienceModule() {
		return workExperienceModuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkExperienceModule_Activities() {
		return (EReference)workExperienceModuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkExperienceModule_SupportingEvidence() {
		return (EAttribute)workExperienceModuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkActivity() {
		return workActivityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkActivity_Mode() {
		return (EAttribute)workActivityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUnit() {
		return unitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnit_ReferenceCode() {
		return (EAttribute)unitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnit_Aim() {
		return (EAttribute)unitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnit_Introduction() {
		return (EAttribute)unitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnit_Guidance() {
		return (EAttribute)unitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUnit_LearningOutcomes() {
		return (EReference)unitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUnit_GuidanceDocuments() {
		return (EReference)unitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLearningOutcome() {
		return learningOutcomeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningOutcome_Content() {
		return (EAttribute)learningOutcomeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningOutcome_AssessmentCriteria() {
		return (EReference)learningOutcomeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessmentCriterion() {
		return assessmentCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUnitOfCompetency() {
		return unitOfCompetencyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitOfCompetency_FunctionalArea() {
		return (EAttribute)unitOfCompetencyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitOfCompetency_Range() {
		return (EAttribute)unitOfCompetencyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitOfCompetency_Remark() {
		return (EAttribute)unitOfCompetencyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUnitOfCompetency_PerformanceRequirements() {
		return (EReference)unitOfCompetencyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUnitOfCompetency_AssessmentCriteria() {
		return (EReference)unitOfCompetencyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerformanceRequirement() {
		return performanceRequirementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerformanceRequirement_Items() {
		return (EReference)performanceRequirementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRequirementItem() {
		return requirementItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGuidanceDocument() {
		return guidanceDocumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuidanceDocument_Kind() {
		return (EAttribute)guidanceDocumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceDocument_Sections() {
		return (EReference)guidanceDocumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGuidanceSection() {
		return guidanceSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuidanceSection_Kind() {
		return (EAttribute)guidanceSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuidanceSection_Heading() {
		return (EAttribute)guidanceSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuidanceSection_Text() {
		return (EAttribute)guidanceSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuidanceSection_Points() {
		return (EAttribute)guidanceSectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQualification() {
		return qualificationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualification_QualificationNumber() {
		return (EAttribute)qualificationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQualification_Identifiers() {
		return (EReference)qualificationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualification_AwardingBody() {
		return (EAttribute)qualificationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualification_Level() {
		return (EAttribute)qualificationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualification_TotalQualificationTime() {
		return (EAttribute)qualificationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualification_CreditValue() {
		return (EAttribute)qualificationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualification_GuidedLearningHours() {
		return (EAttribute)qualificationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQualification_Rules() {
		return (EReference)qualificationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getQualification__ValidateCreditValue__DiagnosticChain_Map() {
		return qualificationEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartQualification() {
		return partQualificationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartQualification_FullQualification() {
		return (EReference)partQualificationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPartQualification__ValidateSubsetOfFullQualification__DiagnosticChain_Map() {
		return partQualificationEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentifier() {
		return identifierEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifier_Scheme() {
		return (EAttribute)identifierEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifier_Value() {
		return (EAttribute)identifierEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRulesOfCombination() {
		return rulesOfCombinationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRulesOfCombination_TotalCredits() {
		return (EAttribute)rulesOfCombinationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRulesOfCombination_OnlyListedComponents() {
		return (EAttribute)rulesOfCombinationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRulesOfCombination_Note() {
		return (EAttribute)rulesOfCombinationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRulesOfCombination_Groups() {
		return (EReference)rulesOfCombinationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRulesOfCombination_LevelMinimums() {
		return (EReference)rulesOfCombinationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRulesOfCombination_BarredCombinations() {
		return (EReference)rulesOfCombinationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getRulesOfCombination__ValidateCreditsAchievable__DiagnosticChain_Map() {
		return rulesOfCombinationEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComponentGroup() {
		return componentGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentGroup_Title() {
		return (EAttribute)componentGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentGroup_Mandatory() {
		return (EAttribute)componentGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentGroup_MinimumCredits() {
		return (EAttribute)componentGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentGroup_MaximumCredits() {
		return (EAttribute)componentGroupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentGroup_MinimumComponents() {
		return (EAttribute)componentGroupEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComponentGroup_Components() {
		return (EReference)componentGroupEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComponentGroup_Entries() {
		return (EReference)componentGroupEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getComponentGroup__ValidatePrintedTable__DiagnosticChain_Map() {
		return componentGroupEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLevelCreditRule() {
		return levelCreditRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelCreditRule_Level() {
		return (EAttribute)levelCreditRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelCreditRule_MinimumCredits() {
		return (EAttribute)levelCreditRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelCreditRule_AtOrAbove() {
		return (EAttribute)levelCreditRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBarredCombination() {
		return barredCombinationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBarredCombination_Components() {
		return (EReference)barredCombinationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBarredCombination_Reason() {
		return (EAttribute)barredCombinationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getBarredCombination__ValidateOnlyOptionalComponents__DiagnosticChain_Map() {
		return barredCombinationEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStandardsFramework() {
		return standardsFrameworkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandardsFramework_Sections() {
		return (EReference)standardsFrameworkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandardsFramework_Standards() {
		return (EReference)standardsFrameworkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStandardSection() {
		return standardSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandardSection_Sections() {
		return (EReference)standardSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandardSection_Standards() {
		return (EReference)standardSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStandard() {
		return standardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandard_Level() {
		return (EAttribute)standardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandard_Elements() {
		return (EReference)standardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandard_PerformanceCriteria() {
		return (EReference)standardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandard_KnowledgeItems() {
		return (EReference)standardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStandardElement() {
		return standardElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandardElement_PerformanceCriteria() {
		return (EReference)standardElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandardElement_KnowledgeItems() {
		return (EReference)standardElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerformanceCriterion() {
		return performanceCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKnowledgeItem() {
		return knowledgeItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMappingSet() {
		return mappingSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMappingSet_Source() {
		return (EReference)mappingSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMappingSet_Target() {
		return (EReference)mappingSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMappingSet_Key() {
		return (EAttribute)mappingSetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMappingSet_Links() {
		return (EReference)mappingSetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMappingSet_ApprovedPublication() {
		return (EAttribute)mappingSetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMappingSet_GapReviews() {
		return (EReference)mappingSetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMappingSet__ValidateFrameworks__DiagnosticChain_Map() {
		return mappingSetEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMappingSet__ValidateNoDuplicateLinks__DiagnosticChain_Map() {
		return mappingSetEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewable() {
		return reviewableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewable_ReviewState() {
		return (EAttribute)reviewableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewable_Reviewer() {
		return (EAttribute)reviewableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewable_ReviewedOn() {
		return (EAttribute)reviewableEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewable_Comments() {
		return (EReference)reviewableEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getReviewable__EffectiveReviewState() {
		return reviewableEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getReviewable__ValidateReview__DiagnosticChain_Map() {
		return reviewableEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewComment() {
		return reviewCommentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Author() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Date() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Text() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGapReview() {
		return gapReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGapReview_Standard() {
		return (EReference)gapReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGapReview_Justification() {
		return (EAttribute)gapReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMappingLink() {
		return mappingLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMappingLink_Item() {
		return (EReference)mappingLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMappingLink_Standard() {
		return (EReference)mappingLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMappingLink_Coverage() {
		return (EAttribute)mappingLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMappingLink_Rationale() {
		return (EAttribute)mappingLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMappingLink_Author() {
		return (EAttribute)mappingLinkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMappingLink_Date() {
		return (EAttribute)mappingLinkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMappingLink__ValidateWithinFrameworks__DiagnosticChain_Map() {
		return mappingLinkEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPublicationStatus() {
		return publicationStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComponentKind() {
		return componentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWorkActivityMode() {
		return workActivityModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGuidanceKind() {
		return guidanceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGuidanceSectionKind() {
		return guidanceSectionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReviewState() {
		return reviewStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCoverageLevel() {
		return coverageLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CurriculumFactory getCurriculumFactory() {
		return (CurriculumFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__CODE);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__TITLE);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);
		createEReference(namedElementEClass, NAMED_ELEMENT__PROPERTIES);
		createEOperation(namedElementEClass, NAMED_ELEMENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP);

		propertyEClass = createEClass(PROPERTY);
		createEAttribute(propertyEClass, PROPERTY__KEY);
		createEAttribute(propertyEClass, PROPERTY__VALUE);

		mappableItemEClass = createEClass(MAPPABLE_ITEM);
		createEOperation(mappableItemEClass, MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP);

		frameworkEClass = createEClass(FRAMEWORK);
		createEAttribute(frameworkEClass, FRAMEWORK__VERSION);
		createEAttribute(frameworkEClass, FRAMEWORK__STATUS);
		createEAttribute(frameworkEClass, FRAMEWORK__PUBLISHER);
		createEAttribute(frameworkEClass, FRAMEWORK__PUBLISHED);

		curriculumEClass = createEClass(CURRICULUM);
		createEReference(curriculumEClass, CURRICULUM__PROFILE);
		createEReference(curriculumEClass, CURRICULUM__COMPONENTS);
		createEReference(curriculumEClass, CURRICULUM__QUALIFICATIONS);
		createEReference(curriculumEClass, CURRICULUM__GUIDANCE_DOCUMENTS);
		createEReference(curriculumEClass, CURRICULUM__LISTINGS);

		documentListingEClass = createEClass(DOCUMENT_LISTING);
		createEAttribute(documentListingEClass, DOCUMENT_LISTING__TITLE);
		createEReference(documentListingEClass, DOCUMENT_LISTING__ENTRIES);
		createEOperation(documentListingEClass, DOCUMENT_LISTING___VALIDATE_ENTRIES_MATCH_COMPONENTS__DIAGNOSTICCHAIN_MAP);

		listingEntryEClass = createEClass(LISTING_ENTRY);
		createEAttribute(listingEntryEClass, LISTING_ENTRY__KIND);
		createEAttribute(listingEntryEClass, LISTING_ENTRY__NUMBER);
		createEAttribute(listingEntryEClass, LISTING_ENTRY__TITLE);

		occupationalProfileEClass = createEClass(OCCUPATIONAL_PROFILE);
		createEAttribute(occupationalProfileEClass, OCCUPATIONAL_PROFILE__OFO_CODE);
		createEAttribute(occupationalProfileEClass, OCCUPATIONAL_PROFILE__OCCUPATION);
		createEAttribute(occupationalProfileEClass, OCCUPATIONAL_PROFILE__RELATED_OCCUPATIONS);
		createEAttribute(occupationalProfileEClass, OCCUPATIONAL_PROFILE__SPECIALISATIONS);
		createEAttribute(occupationalProfileEClass, OCCUPATIONAL_PROFILE__PURPOSE);
		createEAttribute(occupationalProfileEClass, OCCUPATIONAL_PROFILE__SCOPE);
		createEReference(occupationalProfileEClass, OCCUPATIONAL_PROFILE__TASKS);

		occupationalTaskEClass = createEClass(OCCUPATIONAL_TASK);
		createEAttribute(occupationalTaskEClass, OCCUPATIONAL_TASK__NUMBER);
		createEAttribute(occupationalTaskEClass, OCCUPATIONAL_TASK__PRODUCT_OR_SERVICE);
		createEReference(occupationalTaskEClass, OCCUPATIONAL_TASK__RESPONSIBILITIES);
		createEReference(occupationalTaskEClass, OCCUPATIONAL_TASK__CONTEXTS);

		occupationalResponsibilityEClass = createEClass(OCCUPATIONAL_RESPONSIBILITY);
		createEAttribute(occupationalResponsibilityEClass, OCCUPATIONAL_RESPONSIBILITY__NUMBER);
		createEReference(occupationalResponsibilityEClass, OCCUPATIONAL_RESPONSIBILITY__PRACTICAL_SKILLS_MODULES);
		createEOperation(occupationalResponsibilityEClass, OCCUPATIONAL_RESPONSIBILITY___VALIDATE_HAS_PRACTICAL_SKILLS_MODULE__DIAGNOSTICCHAIN_MAP);

		occupationalContextEClass = createEClass(OCCUPATIONAL_CONTEXT);
		createEAttribute(occupationalContextEClass, OCCUPATIONAL_CONTEXT__NUMBER);
		createEAttribute(occupationalContextEClass, OCCUPATIONAL_CONTEXT__ROLE_LEVEL);
		createEAttribute(occupationalContextEClass, OCCUPATIONAL_CONTEXT__ROLE);
		createEReference(occupationalContextEClass, OCCUPATIONAL_CONTEXT__WORK_EXPERIENCE_MODULES);
		createEOperation(occupationalContextEClass, OCCUPATIONAL_CONTEXT___VALIDATE_HAS_WORK_EXPERIENCE_MODULE__DIAGNOSTICCHAIN_MAP);

		curriculumComponentEClass = createEClass(CURRICULUM_COMPONENT);
		createEAttribute(curriculumComponentEClass, CURRICULUM_COMPONENT__NUMBER);
		createEAttribute(curriculumComponentEClass, CURRICULUM_COMPONENT__LEVEL);
		createEAttribute(curriculumComponentEClass, CURRICULUM_COMPONENT__CREDITS);
		createEAttribute(curriculumComponentEClass, CURRICULUM_COMPONENT__NOTIONAL_HOURS);
		createEAttribute(curriculumComponentEClass, CURRICULUM_COMPONENT__GUIDED_LEARNING_HOURS);
		createEAttribute(curriculumComponentEClass, CURRICULUM_COMPONENT__PURPOSE);
		createEReference(curriculumComponentEClass, CURRICULUM_COMPONENT__TASKS);
		createEOperation(curriculumComponentEClass, CURRICULUM_COMPONENT___VALIDATE_TRACEABILITY__DIAGNOSTICCHAIN_MAP);
		createEOperation(curriculumComponentEClass, CURRICULUM_COMPONENT___VALIDATE_CREDITS_MATCH_NOTIONAL_HOURS__DIAGNOSTICCHAIN_MAP);

		knowledgeModuleEClass = createEClass(KNOWLEDGE_MODULE);
		createEReference(knowledgeModuleEClass, KNOWLEDGE_MODULE__TOPICS);
		createEOperation(knowledgeModuleEClass, KNOWLEDGE_MODULE___VALIDATE_TOPIC_WEIGHTINGS__DIAGNOSTICCHAIN_MAP);

		knowledgeTopicEClass = createEClass(KNOWLEDGE_TOPIC);
		createEAttribute(knowledgeTopicEClass, KNOWLEDGE_TOPIC__WEIGHTING);
		createEReference(knowledgeTopicEClass, KNOWLEDGE_TOPIC__ELEMENTS);

		topicElementEClass = createEClass(TOPIC_ELEMENT);

		practicalSkillsModuleEClass = createEClass(PRACTICAL_SKILLS_MODULE);
		createEReference(practicalSkillsModuleEClass, PRACTICAL_SKILLS_MODULE__SKILLS);
		createEReference(practicalSkillsModuleEClass, PRACTICAL_SKILLS_MODULE__ASSESSMENT_CRITERIA);

		practicalSkillEClass = createEClass(PRACTICAL_SKILL);

		workExperienceModuleEClass = createEClass(WORK_EXPERIENCE_MODULE);
		createEReference(workExperienceModuleEClass, WORK_EXPERIENCE_MODULE__ACTIVITIES);
		createEAttribute(workExperienceModuleEClass, WORK_EXPERIENCE_MODULE__SUPPORTING_EVIDENCE);

		workActivityEClass = createEClass(WORK_ACTIVITY);
		createEAttribute(workActivityEClass, WORK_ACTIVITY__MODE);

		unitEClass = createEClass(UNIT);
		createEAttribute(unitEClass, UNIT__REFERENCE_CODE);
		createEAttribute(unitEClass, UNIT__AIM);
		createEAttribute(unitEClass, UNIT__INTRODUCTION);
		createEAttribute(unitEClass, UNIT__GUIDANCE);
		createEReference(unitEClass, UNIT__LEARNING_OUTCOMES);
		createEReference(unitEClass, UNIT__GUIDANCE_DOCUMENTS);

		learningOutcomeEClass = createEClass(LEARNING_OUTCOME);
		createEAttribute(learningOutcomeEClass, LEARNING_OUTCOME__CONTENT);
		createEReference(learningOutcomeEClass, LEARNING_OUTCOME__ASSESSMENT_CRITERIA);

		assessmentCriterionEClass = createEClass(ASSESSMENT_CRITERION);

		unitOfCompetencyEClass = createEClass(UNIT_OF_COMPETENCY);
		createEAttribute(unitOfCompetencyEClass, UNIT_OF_COMPETENCY__FUNCTIONAL_AREA);
		createEAttribute(unitOfCompetencyEClass, UNIT_OF_COMPETENCY__RANGE);
		createEAttribute(unitOfCompetencyEClass, UNIT_OF_COMPETENCY__REMARK);
		createEReference(unitOfCompetencyEClass, UNIT_OF_COMPETENCY__PERFORMANCE_REQUIREMENTS);
		createEReference(unitOfCompetencyEClass, UNIT_OF_COMPETENCY__ASSESSMENT_CRITERIA);

		performanceRequirementEClass = createEClass(PERFORMANCE_REQUIREMENT);
		createEReference(performanceRequirementEClass, PERFORMANCE_REQUIREMENT__ITEMS);

		requirementItemEClass = createEClass(REQUIREMENT_ITEM);

		guidanceDocumentEClass = createEClass(GUIDANCE_DOCUMENT);
		createEAttribute(guidanceDocumentEClass, GUIDANCE_DOCUMENT__KIND);
		createEReference(guidanceDocumentEClass, GUIDANCE_DOCUMENT__SECTIONS);

		guidanceSectionEClass = createEClass(GUIDANCE_SECTION);
		createEAttribute(guidanceSectionEClass, GUIDANCE_SECTION__KIND);
		createEAttribute(guidanceSectionEClass, GUIDANCE_SECTION__HEADING);
		createEAttribute(guidanceSectionEClass, GUIDANCE_SECTION__TEXT);
		createEAttribute(guidanceSectionEClass, GUIDANCE_SECTION__POINTS);

		qualificationEClass = createEClass(QUALIFICATION);
		createEAttribute(qualificationEClass, QUALIFICATION__QUALIFICATION_NUMBER);
		createEReference(qualificationEClass, QUALIFICATION__IDENTIFIERS);
		createEAttribute(qualificationEClass, QUALIFICATION__AWARDING_BODY);
		createEAttribute(qualificationEClass, QUALIFICATION__LEVEL);
		createEAttribute(qualificationEClass, QUALIFICATION__TOTAL_QUALIFICATION_TIME);
		createEAttribute(qualificationEClass, QUALIFICATION__CREDIT_VALUE);
		createEAttribute(qualificationEClass, QUALIFICATION__GUIDED_LEARNING_HOURS);
		createEReference(qualificationEClass, QUALIFICATION__RULES);
		createEOperation(qualificationEClass, QUALIFICATION___VALIDATE_CREDIT_VALUE__DIAGNOSTICCHAIN_MAP);

		partQualificationEClass = createEClass(PART_QUALIFICATION);
		createEReference(partQualificationEClass, PART_QUALIFICATION__FULL_QUALIFICATION);
		createEOperation(partQualificationEClass, PART_QUALIFICATION___VALIDATE_SUBSET_OF_FULL_QUALIFICATION__DIAGNOSTICCHAIN_MAP);

		identifierEClass = createEClass(IDENTIFIER);
		createEAttribute(identifierEClass, IDENTIFIER__SCHEME);
		createEAttribute(identifierEClass, IDENTIFIER__VALUE);

		rulesOfCombinationEClass = createEClass(RULES_OF_COMBINATION);
		createEAttribute(rulesOfCombinationEClass, RULES_OF_COMBINATION__TOTAL_CREDITS);
		createEAttribute(rulesOfCombinationEClass, RULES_OF_COMBINATION__ONLY_LISTED_COMPONENTS);
		createEAttribute(rulesOfCombinationEClass, RULES_OF_COMBINATION__NOTE);
		createEReference(rulesOfCombinationEClass, RULES_OF_COMBINATION__GROUPS);
		createEReference(rulesOfCombinationEClass, RULES_OF_COMBINATION__LEVEL_MINIMUMS);
		createEReference(rulesOfCombinationEClass, RULES_OF_COMBINATION__BARRED_COMBINATIONS);
		createEOperation(rulesOfCombinationEClass, RULES_OF_COMBINATION___VALIDATE_CREDITS_ACHIEVABLE__DIAGNOSTICCHAIN_MAP);

		componentGroupEClass = createEClass(COMPONENT_GROUP);
		createEAttribute(componentGroupEClass, COMPONENT_GROUP__TITLE);
		createEAttribute(componentGroupEClass, COMPONENT_GROUP__MANDATORY);
		createEAttribute(componentGroupEClass, COMPONENT_GROUP__MINIMUM_CREDITS);
		createEAttribute(componentGroupEClass, COMPONENT_GROUP__MAXIMUM_CREDITS);
		createEAttribute(componentGroupEClass, COMPONENT_GROUP__MINIMUM_COMPONENTS);
		createEReference(componentGroupEClass, COMPONENT_GROUP__COMPONENTS);
		createEReference(componentGroupEClass, COMPONENT_GROUP__ENTRIES);
		createEOperation(componentGroupEClass, COMPONENT_GROUP___VALIDATE_PRINTED_TABLE__DIAGNOSTICCHAIN_MAP);

		levelCreditRuleEClass = createEClass(LEVEL_CREDIT_RULE);
		createEAttribute(levelCreditRuleEClass, LEVEL_CREDIT_RULE__LEVEL);
		createEAttribute(levelCreditRuleEClass, LEVEL_CREDIT_RULE__MINIMUM_CREDITS);
		createEAttribute(levelCreditRuleEClass, LEVEL_CREDIT_RULE__AT_OR_ABOVE);

		barredCombinationEClass = createEClass(BARRED_COMBINATION);
		createEReference(barredCombinationEClass, BARRED_COMBINATION__COMPONENTS);
		createEAttribute(barredCombinationEClass, BARRED_COMBINATION__REASON);
		createEOperation(barredCombinationEClass, BARRED_COMBINATION___VALIDATE_ONLY_OPTIONAL_COMPONENTS__DIAGNOSTICCHAIN_MAP);

		standardsFrameworkEClass = createEClass(STANDARDS_FRAMEWORK);
		createEReference(standardsFrameworkEClass, STANDARDS_FRAMEWORK__SECTIONS);
		createEReference(standardsFrameworkEClass, STANDARDS_FRAMEWORK__STANDARDS);

		standardSectionEClass = createEClass(STANDARD_SECTION);
		createEReference(standardSectionEClass, STANDARD_SECTION__SECTIONS);
		createEReference(standardSectionEClass, STANDARD_SECTION__STANDARDS);

		standardEClass = createEClass(STANDARD);
		createEAttribute(standardEClass, STANDARD__LEVEL);
		createEReference(standardEClass, STANDARD__ELEMENTS);
		createEReference(standardEClass, STANDARD__PERFORMANCE_CRITERIA);
		createEReference(standardEClass, STANDARD__KNOWLEDGE_ITEMS);

		standardElementEClass = createEClass(STANDARD_ELEMENT);
		createEReference(standardElementEClass, STANDARD_ELEMENT__PERFORMANCE_CRITERIA);
		createEReference(standardElementEClass, STANDARD_ELEMENT__KNOWLEDGE_ITEMS);

		performanceCriterionEClass = createEClass(PERFORMANCE_CRITERION);

		knowledgeItemEClass = createEClass(KNOWLEDGE_ITEM);

		mappingSetEClass = createEClass(MAPPING_SET);
		createEReference(mappingSetEClass, MAPPING_SET__SOURCE);
		createEReference(mappingSetEClass, MAPPING_SET__TARGET);
		createEAttribute(mappingSetEClass, MAPPING_SET__KEY);
		createEReference(mappingSetEClass, MAPPING_SET__LINKS);
		createEAttribute(mappingSetEClass, MAPPING_SET__APPROVED_PUBLICATION);
		createEReference(mappingSetEClass, MAPPING_SET__GAP_REVIEWS);
		createEOperation(mappingSetEClass, MAPPING_SET___VALIDATE_FRAMEWORKS__DIAGNOSTICCHAIN_MAP);
		createEOperation(mappingSetEClass, MAPPING_SET___VALIDATE_NO_DUPLICATE_LINKS__DIAGNOSTICCHAIN_MAP);

		reviewableEClass = createEClass(REVIEWABLE);
		createEAttribute(reviewableEClass, REVIEWABLE__REVIEW_STATE);
		createEAttribute(reviewableEClass, REVIEWABLE__REVIEWER);
		createEAttribute(reviewableEClass, REVIEWABLE__REVIEWED_ON);
		createEReference(reviewableEClass, REVIEWABLE__COMMENTS);
		createEOperation(reviewableEClass, REVIEWABLE___EFFECTIVE_REVIEW_STATE);
		createEOperation(reviewableEClass, REVIEWABLE___VALIDATE_REVIEW__DIAGNOSTICCHAIN_MAP);

		reviewCommentEClass = createEClass(REVIEW_COMMENT);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__AUTHOR);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__DATE);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__TEXT);

		gapReviewEClass = createEClass(GAP_REVIEW);
		createEReference(gapReviewEClass, GAP_REVIEW__STANDARD);
		createEAttribute(gapReviewEClass, GAP_REVIEW__JUSTIFICATION);

		mappingLinkEClass = createEClass(MAPPING_LINK);
		createEReference(mappingLinkEClass, MAPPING_LINK__ITEM);
		createEReference(mappingLinkEClass, MAPPING_LINK__STANDARD);
		createEAttribute(mappingLinkEClass, MAPPING_LINK__COVERAGE);
		createEAttribute(mappingLinkEClass, MAPPING_LINK__RATIONALE);
		createEAttribute(mappingLinkEClass, MAPPING_LINK__AUTHOR);
		createEAttribute(mappingLinkEClass, MAPPING_LINK__DATE);
		createEOperation(mappingLinkEClass, MAPPING_LINK___VALIDATE_WITHIN_FRAMEWORKS__DIAGNOSTICCHAIN_MAP);

		// Create enums
		publicationStatusEEnum = createEEnum(PUBLICATION_STATUS);
		componentKindEEnum = createEEnum(COMPONENT_KIND);
		workActivityModeEEnum = createEEnum(WORK_ACTIVITY_MODE);
		guidanceKindEEnum = createEEnum(GUIDANCE_KIND);
		guidanceSectionKindEEnum = createEEnum(GUIDANCE_SECTION_KIND);
		reviewStateEEnum = createEEnum(REVIEW_STATE);
		coverageLevelEEnum = createEEnum(COVERAGE_LEVEL);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		mappableItemEClass.getESuperTypes().add(this.getNamedElement());
		frameworkEClass.getESuperTypes().add(this.getNamedElement());
		curriculumEClass.getESuperTypes().add(this.getFramework());
		occupationalProfileEClass.getESuperTypes().add(this.getNamedElement());
		occupationalTaskEClass.getESuperTypes().add(this.getMappableItem());
		occupationalResponsibilityEClass.getESuperTypes().add(this.getMappableItem());
		occupationalContextEClass.getESuperTypes().add(this.getMappableItem());
		curriculumComponentEClass.getESuperTypes().add(this.getMappableItem());
		knowledgeModuleEClass.getESuperTypes().add(this.getCurriculumComponent());
		knowledgeTopicEClass.getESuperTypes().add(this.getMappableItem());
		topicElementEClass.getESuperTypes().add(this.getMappableItem());
		practicalSkillsModuleEClass.getESuperTypes().add(this.getCurriculumComponent());
		practicalSkillEClass.getESuperTypes().add(this.getMappableItem());
		workExperienceModuleEClass.getESuperTypes().add(this.getCurriculumComponent());
		workActivityEClass.getESuperTypes().add(this.getMappableItem());
		unitEClass.getESuperTypes().add(this.getCurriculumComponent());
		learningOutcomeEClass.getESuperTypes().add(this.getMappableItem());
		assessmentCriterionEClass.getESuperTypes().add(this.getMappableItem());
		unitOfCompetencyEClass.getESuperTypes().add(this.getCurriculumComponent());
		performanceRequirementEClass.getESuperTypes().add(this.getMappableItem());
		requirementItemEClass.getESuperTypes().add(this.getMappableItem());
		guidanceDocumentEClass.getESuperTypes().add(this.getNamedElement());
		qualificationEClass.getESuperTypes().add(this.getMappableItem());
		partQualificationEClass.getESuperTypes().add(this.getQualification());
		standardsFrameworkEClass.getESuperTypes().add(this.getFramework());
		standardSectionEClass.getESuperTypes().add(this.getNamedElement());
		standardEClass.getESuperTypes().add(this.getMappableItem());
		standardElementEClass.getESuperTypes().add(this.getMappableItem());
		performanceCriterionEClass.getESuperTypes().add(this.getMappableItem());
		knowledgeItemEClass.getESuperTypes().add(this.getMappableItem());
		mappingSetEClass.getESuperTypes().add(this.getNamedElement());
		gapReviewEClass.getESuperTypes().add(this.getReviewable());
		mappingLinkEClass.getESuperTypes().add(this.getReviewable());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Code(), ecorePackage.getEString(), "code", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Title(), ecorePackage.getEString(), "title", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNamedElement_Properties(), this.getProperty(), null, "properties", null, 0, -1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getNamedElement__ValidateUniqueIdentifiers__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateUniqueIdentifiers", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(propertyEClass, Property.class, "Property", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProperty_Key(), ecorePackage.getEString(), "key", null, 0, 1, Property.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProperty_Value(), ecorePackage.getEString(), "value", null, 0, 1, Property.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mappableItemEClass, MappableItem.class, "MappableItem", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		op = initEOperation(getMappableItem__ValidateRequiredFields__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateRequiredFields", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(frameworkEClass, Framework.class, "Framework", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFramework_Version(), ecorePackage.getEString(), "version", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFramework_Status(), this.getPublicationStatus(), "status", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFramework_Publisher(), ecorePackage.getEString(), "publisher", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFramework_Published(), ecorePackage.getEString(), "published", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(curriculumEClass, Curriculum.class, "Curriculum", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCurriculum_Profile(), this.getOccupationalProfile(), null, "profile", null, 0, 1, Curriculum.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCurriculum_Components(), this.getCurriculumComponent(), null, "components", null, 0, -1, Curriculum.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCurriculum_Qualifications(), this.getQualification(), null, "qualifications", null, 0, -1, Curriculum.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCurriculum_GuidanceDocuments(), this.getGuidanceDocument(), null, "guidanceDocuments", null, 0, -1, Curriculum.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCurriculum_Listings(), this.getDocumentListing(), null, "listings", null, 0, -1, Curriculum.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(documentListingEClass, DocumentListing.class, "DocumentListing", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDocumentListing_Title(), ecorePackage.getEString(), "title", null, 0, 1, DocumentListing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentListing_Entries(), this.getListingEntry(), null, "entries", null, 0, -1, DocumentListing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getDocumentListing__ValidateEntriesMatchComponents__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateEntriesMatchComponents", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(listingEntryEClass, ListingEntry.class, "ListingEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getListingEntry_Kind(), this.getComponentKind(), "kind", null, 0, 1, ListingEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getListingEntry_Number(), ecorePackage.getEString(), "number", null, 0, 1, ListingEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getListingEntry_Title(), ecorePackage.getEString(), "title", null, 0, 1, ListingEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(occupationalProfileEClass, OccupationalProfile.class, "OccupationalProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOccupationalProfile_OfoCode(), ecorePackage.getEString(), "ofoCode", null, 0, 1, OccupationalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOccupationalProfile_Occupation(), ecorePackage.getEString(), "occupation", null, 0, 1, OccupationalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOccupationalProfile_RelatedOccupations(), ecorePackage.getEString(), "relatedOccupations", null, 0, -1, OccupationalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOccupationalProfile_Specialisations(), ecorePackage.getEString(), "specialisations", null, 0, -1, OccupationalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOccupationalProfile_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, OccupationalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOccupationalProfile_Scope(), ecorePackage.getEString(), "scope", null, 0, 1, OccupationalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOccupationalProfile_Tasks(), this.getOccupationalTask(), null, "tasks", null, 0, -1, OccupationalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(occupationalTaskEClass, OccupationalTask.class, "OccupationalTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOccupationalTask_Number(), ecorePackage.getEString(), "number", null, 0, 1, OccupationalTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOccupationalTask_ProductOrService(), ecorePackage.getEString(), "productOrService", null, 0, 1, OccupationalTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOccupationalTask_Responsibilities(), this.getOccupationalResponsibility(), null, "responsibilities", null, 0, -1, OccupationalTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOccupationalTask_Contexts(), this.getOccupationalContext(), null, "contexts", null, 0, -1, OccupationalTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(occupationalResponsibilityEClass, OccupationalResponsibility.class, "OccupationalResponsibility", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOccupationalResponsibility_Number(), ecorePackage.getEString(), "number", null, 0, 1, OccupationalResponsibility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOccupationalResponsibility_PracticalSkillsModules(), this.getPracticalSkillsModule(), null, "practicalSkillsModules", null, 0, -1, OccupationalResponsibility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getOccupationalResponsibility__ValidateHasPracticalSkillsModule__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateHasPracticalSkillsModule", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(occupationalContextEClass, OccupationalContext.class, "OccupationalContext", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOccupationalContext_Number(), ecorePackage.getEString(), "number", null, 0, 1, OccupationalContext.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOccupationalContext_RoleLevel(), ecorePackage.getEIntegerObject(), "roleLevel", null, 0, 1, OccupationalContext.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOccupationalContext_Role(), ecorePackage.getEString(), "role", null, 0, 1, OccupationalContext.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOccupationalContext_WorkExperienceModules(), this.getWorkExperienceModule(), null, "workExperienceModules", null, 0, -1, OccupationalContext.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getOccupationalContext__ValidateHasWorkExperienceModule__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateHasWorkExperienceModule", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(curriculumComponentEClass, CurriculumComponent.class, "CurriculumComponent", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCurriculumComponent_Number(), ecorePackage.getEString(), "number", null, 0, 1, CurriculumComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCurriculumComponent_Level(), ecorePackage.getEIntegerObject(), "level", null, 0, 1, CurriculumComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCurriculumComponent_Credits(), ecorePackage.getEIntegerObject(), "credits", null, 0, 1, CurriculumComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCurriculumComponent_NotionalHours(), ecorePackage.getEIntegerObject(), "notionalHours", null, 0, 1, CurriculumComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCurriculumComponent_GuidedLearningHours(), ecorePackage.getEIntegerObject(), "guidedLearningHours", null, 0, 1, CurriculumComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCurriculumComponent_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, CurriculumComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCurriculumComponent_Tasks(), this.getOccupationalTask(), null, "tasks", null, 0, -1, CurriculumComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getCurriculumComponent__ValidateTraceability__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateTraceability", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCurriculumComponent__ValidateCreditsMatchNotionalHours__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateCreditsMatchNotionalHours", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(knowledgeModuleEClass, KnowledgeModule.class, "KnowledgeModule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getKnowledgeModule_Topics(), this.getKnowledgeTopic(), null, "topics", null, 0, -1, KnowledgeModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getKnowledgeModule__ValidateTopicWeightings__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateTopicWeightings", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(knowledgeTopicEClass, KnowledgeTopic.class, "KnowledgeTopic", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKnowledgeTopic_Weighting(), ecorePackage.getEIntegerObject(), "weighting", null, 0, 1, KnowledgeTopic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKnowledgeTopic_Elements(), this.getTopicElement(), null, "elements", null, 0, -1, KnowledgeTopic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(topicElementEClass, TopicElement.class, "TopicElement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(practicalSkillsModuleEClass, PracticalSkillsModule.class, "PracticalSkillsModule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPracticalSkillsModule_Skills(), this.getPracticalSkill(), null, "skills", null, 0, -1, PracticalSkillsModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPracticalSkillsModule_AssessmentCriteria(), this.getAssessmentCriterion(), null, "assessmentCriteria", null, 0, -1, PracticalSkillsModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(practicalSkillEClass, PracticalSkill.class, "PracticalSkill", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(workExperienceModuleEClass, WorkExperienceModule.class, "WorkExperienceModule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWorkExperienceModule_Activities(), this.getWorkActivity(), null, "activities", null, 0, -1, WorkExperienceModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkExperienceModule_SupportingEvidence(), ecorePackage.getEString(), "supportingEvidence", null, 0, -1, WorkExperienceModule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workActivityEClass, WorkActivity.class, "WorkActivity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkActivity_Mode(), this.getWorkActivityMode(), "mode", null, 0, 1, WorkActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(unitEClass, Unit.class, "Unit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUnit_ReferenceCode(), ecorePackage.getEString(), "referenceCode", null, 0, 1, Unit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnit_Aim(), ecorePackage.getEString(), "aim", null, 0, 1, Unit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnit_Introduction(), ecorePackage.getEString(), "introduction", null, 0, 1, Unit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnit_Guidance(), ecorePackage.getEString(), "guidance", null, 0, 1, Unit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUnit_LearningOutcomes(), this.getLearningOutcome(), null, "learningOutcomes", null, 0, -1, Unit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUnit_GuidanceDocuments(), this.getGuidanceDocument(), null, "guidanceDocuments", null, 0, -1, Unit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(learningOutcomeEClass, LearningOutcome.class, "LearningOutcome", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLearningOutcome_Content(), ecorePackage.getEString(), "content", null, 0, 1, LearningOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLearningOutcome_AssessmentCriteria(), this.getAssessmentCriterion(), null, "assessmentCriteria", null, 0, -1, LearningOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentCriterionEClass, AssessmentCriterion.class, "AssessmentCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(unitOfCompetencyEClass, UnitOfCompetency.class, "UnitOfCompetency", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUnitOfCompetency_FunctionalArea(), ecorePackage.getEString(), "functionalArea", null, 0, 1, UnitOfCompetency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnitOfCompetency_Range(), ecorePackage.getEString(), "range", null, 0, 1, UnitOfCompetency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnitOfCompetency_Remark(), ecorePackage.getEString(), "remark", null, 0, 1, UnitOfCompetency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUnitOfCompetency_PerformanceRequirements(), this.getPerformanceRequirement(), null, "performanceRequirements", null, 0, -1, UnitOfCompetency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUnitOfCompetency_AssessmentCriteria(), this.getAssessmentCriterion(), null, "assessmentCriteria", null, 0, -1, UnitOfCompetency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(performanceRequirementEClass, PerformanceRequirement.class, "PerformanceRequirement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPerformanceRequirement_Items(), this.getRequirementItem(), null, "items", null, 0, -1, PerformanceRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(requirementItemEClass, RequirementItem.class, "RequirementItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(guidanceDocumentEClass, GuidanceDocument.class, "GuidanceDocument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGuidanceDocument_Kind(), this.getGuidanceKind(), "kind", null, 0, 1, GuidanceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceDocument_Sections(), this.getGuidanceSection(), null, "sections", null, 0, -1, GuidanceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(guidanceSectionEClass, GuidanceSection.class, "GuidanceSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGuidanceSection_Kind(), this.getGuidanceSectionKind(), "kind", null, 0, 1, GuidanceSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGuidanceSection_Heading(), ecorePackage.getEString(), "heading", null, 0, 1, GuidanceSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGuidanceSection_Text(), ecorePackage.getEString(), "text", null, 0, 1, GuidanceSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGuidanceSection_Points(), ecorePackage.getEString(), "points", null, 0, -1, GuidanceSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(qualificationEClass, Qualification.class, "Qualification", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQualification_QualificationNumber(), ecorePackage.getEString(), "qualificationNumber", null, 0, 1, Qualification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQualification_Identifiers(), this.getIdentifier(), null, "identifiers", null, 0, -1, Qualification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualification_AwardingBody(), ecorePackage.getEString(), "awardingBody", null, 0, 1, Qualification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualification_Level(), ecorePackage.getEIntegerObject(), "level", null, 0, 1, Qualification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualification_TotalQualificationTime(), ecorePackage.getEIntegerObject(), "totalQualificationTime", null, 0, 1, Qualification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualification_CreditValue(), ecorePackage.getEIntegerObject(), "creditValue", null, 0, 1, Qualification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualification_GuidedLearningHours(), ecorePackage.getEIntegerObject(), "guidedLearningHours", null, 0, 1, Qualification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQualification_Rules(), this.getRulesOfCombination(), null, "rules", null, 0, 1, Qualification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getQualification__ValidateCreditValue__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateCreditValue", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(partQualificationEClass, PartQualification.class, "PartQualification", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPartQualification_FullQualification(), this.getQualification(), null, "fullQualification", null, 0, 1, PartQualification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getPartQualification__ValidateSubsetOfFullQualification__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateSubsetOfFullQualification", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(identifierEClass, Identifier.class, "Identifier", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentifier_Scheme(), ecorePackage.getEString(), "scheme", null, 0, 1, Identifier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentifier_Value(), ecorePackage.getEString(), "value", null, 0, 1, Identifier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rulesOfCombinationEClass, RulesOfCombination.class, "RulesOfCombination", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRulesOfCombination_TotalCredits(), ecorePackage.getEIntegerObject(), "totalCredits", null, 0, 1, RulesOfCombination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRulesOfCombination_OnlyListedComponents(), ecorePackage.getEBoolean(), "onlyListedComponents", "true", 0, 1, RulesOfCombination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRulesOfCombination_Note(), ecorePackage.getEString(), "note", null, 0, 1, RulesOfCombination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRulesOfCombination_Groups(), this.getComponentGroup(), null, "groups", null, 0, -1, RulesOfCombination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRulesOfCombination_LevelMinimums(), this.getLevelCreditRule(), null, "levelMinimums", null, 0, -1, RulesOfCombination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRulesOfCombination_BarredCombinations(), this.getBarredCombination(), null, "barredCombinations", null, 0, -1, RulesOfCombination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getRulesOfCombination__ValidateCreditsAchievable__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateCreditsAchievable", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(componentGroupEClass, ComponentGroup.class, "ComponentGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComponentGroup_Title(), ecorePackage.getEString(), "title", null, 0, 1, ComponentGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponentGroup_Mandatory(), ecorePackage.getEBoolean(), "mandatory", null, 0, 1, ComponentGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponentGroup_MinimumCredits(), ecorePackage.getEIntegerObject(), "minimumCredits", null, 0, 1, ComponentGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponentGroup_MaximumCredits(), ecorePackage.getEIntegerObject(), "maximumCredits", null, 0, 1, ComponentGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponentGroup_MinimumComponents(), ecorePackage.getEIntegerObject(), "minimumComponents", null, 0, 1, ComponentGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComponentGroup_Components(), this.getCurriculumComponent(), null, "components", null, 0, -1, ComponentGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComponentGroup_Entries(), this.getListingEntry(), null, "entries", null, 0, -1, ComponentGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getComponentGroup__ValidatePrintedTable__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validatePrintedTable", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(levelCreditRuleEClass, LevelCreditRule.class, "LevelCreditRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLevelCreditRule_Level(), ecorePackage.getEInt(), "level", null, 0, 1, LevelCreditRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevelCreditRule_MinimumCredits(), ecorePackage.getEInt(), "minimumCredits", null, 0, 1, LevelCreditRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevelCreditRule_AtOrAbove(), ecorePackage.getEBoolean(), "atOrAbove", "false", 0, 1, LevelCreditRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(barredCombinationEClass, BarredCombination.class, "BarredCombination", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBarredCombination_Components(), this.getCurriculumComponent(), null, "components", null, 2, -1, BarredCombination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBarredCombination_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, BarredCombination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getBarredCombination__ValidateOnlyOptionalComponents__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateOnlyOptionalComponents", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(standardsFrameworkEClass, StandardsFramework.class, "StandardsFramework", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStandardsFramework_Sections(), this.getStandardSection(), null, "sections", null, 0, -1, StandardsFramework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStandardsFramework_Standards(), this.getStandard(), null, "standards", null, 0, -1, StandardsFramework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(standardSectionEClass, StandardSection.class, "StandardSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStandardSection_Sections(), this.getStandardSection(), null, "sections", null, 0, -1, StandardSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStandardSection_Standards(), this.getStandard(), null, "standards", null, 0, -1, StandardSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(standardEClass, Standard.class, "Standard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStandard_Level(), ecorePackage.getEIntegerObject(), "level", null, 0, 1, Standard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStandard_Elements(), this.getStandardElement(), null, "elements", null, 0, -1, Standard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStandard_PerformanceCriteria(), this.getPerformanceCriterion(), null, "performanceCriteria", null, 0, -1, Standard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStandard_KnowledgeItems(), this.getKnowledgeItem(), null, "knowledgeItems", null, 0, -1, Standard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(standardElementEClass, StandardElement.class, "StandardElement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStandardElement_PerformanceCriteria(), this.getPerformanceCriterion(), null, "performanceCriteria", null, 0, -1, StandardElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStandardElement_KnowledgeItems(), this.getKnowledgeItem(), null, "knowledgeItems", null, 0, -1, StandardElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(performanceCriterionEClass, PerformanceCriterion.class, "PerformanceCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(knowledgeItemEClass, KnowledgeItem.class, "KnowledgeItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(mappingSetEClass, MappingSet.class, "MappingSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMappingSet_Source(), this.getFramework(), null, "source", null, 0, 1, MappingSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMappingSet_Target(), this.getFramework(), null, "target", null, 0, 1, MappingSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMappingSet_Key(), ecorePackage.getEString(), "key", null, 0, 1, MappingSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMappingSet_Links(), this.getMappingLink(), null, "links", null, 0, -1, MappingSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMappingSet_ApprovedPublication(), ecorePackage.getEBoolean(), "approvedPublication", null, 0, 1, MappingSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMappingSet_GapReviews(), this.getGapReview(), null, "gapReviews", null, 0, -1, MappingSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getMappingSet__ValidateFrameworks__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateFrameworks", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMappingSet__ValidateNoDuplicateLinks__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateNoDuplicateLinks", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(reviewableEClass, Reviewable.class, "Reviewable", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReviewable_ReviewState(), this.getReviewState(), "reviewState", null, 0, 1, Reviewable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewable_Reviewer(), ecorePackage.getEString(), "reviewer", null, 0, 1, Reviewable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewable_ReviewedOn(), ecorePackage.getEDate(), "reviewedOn", null, 0, 1, Reviewable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReviewable_Comments(), this.getReviewComment(), null, "comments", null, 0, -1, Reviewable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getReviewable__EffectiveReviewState(), this.getReviewState(), "effectiveReviewState", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getReviewable__ValidateReview__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateReview", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(reviewCommentEClass, ReviewComment.class, "ReviewComment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReviewComment_Author(), ecorePackage.getEString(), "author", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_Date(), ecorePackage.getEDate(), "date", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_Text(), ecorePackage.getEString(), "text", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gapReviewEClass, GapReview.class, "GapReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGapReview_Standard(), this.getMappableItem(), null, "standard", null, 1, 1, GapReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGapReview_Justification(), ecorePackage.getEString(), "justification", null, 0, 1, GapReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mappingLinkEClass, MappingLink.class, "MappingLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMappingLink_Item(), this.getMappableItem(), null, "item", null, 1, 1, MappingLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMappingLink_Standard(), this.getMappableItem(), null, "standard", null, 1, 1, MappingLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMappingLink_Coverage(), this.getCoverageLevel(), "coverage", null, 0, 1, MappingLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMappingLink_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, MappingLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMappingLink_Author(), ecorePackage.getEString(), "author", null, 0, 1, MappingLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMappingLink_Date(), ecorePackage.getEDate(), "date", null, 0, 1, MappingLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getMappingLink__ValidateWithinFrameworks__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validateWithinFrameworks", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(publicationStatusEEnum, PublicationStatus.class, "PublicationStatus");
		addEEnumLiteral(publicationStatusEEnum, PublicationStatus.DRAFT);
		addEEnumLiteral(publicationStatusEEnum, PublicationStatus.FOR_COMMENT);
		addEEnumLiteral(publicationStatusEEnum, PublicationStatus.PUBLISHED);
		addEEnumLiteral(publicationStatusEEnum, PublicationStatus.SUPERSEDED);
		addEEnumLiteral(publicationStatusEEnum, PublicationStatus.WITHDRAWN);

		initEEnum(componentKindEEnum, ComponentKind.class, "ComponentKind");
		addEEnumLiteral(componentKindEEnum, ComponentKind.KNOWLEDGE_MODULE);
		addEEnumLiteral(componentKindEEnum, ComponentKind.PRACTICAL_SKILLS_MODULE);
		addEEnumLiteral(componentKindEEnum, ComponentKind.WORK_EXPERIENCE_MODULE);
		addEEnumLiteral(componentKindEEnum, ComponentKind.UNIT);
		addEEnumLiteral(componentKindEEnum, ComponentKind.UNIT_OF_COMPETENCY);

		initEEnum(workActivityModeEEnum, WorkActivityMode.class, "WorkActivityMode");
		addEEnumLiteral(workActivityModeEEnum, WorkActivityMode.UNSPECIFIED);
		addEEnumLiteral(workActivityModeEEnum, WorkActivityMode.OBSERVE_AND_ASSIST);
		addEEnumLiteral(workActivityModeEEnum, WorkActivityMode.UNDER_SUPERVISION);
		addEEnumLiteral(workActivityModeEEnum, WorkActivityMode.INDEPENDENTLY);

		initEEnum(guidanceKindEEnum, GuidanceKind.class, "GuidanceKind");
		addEEnumLiteral(guidanceKindEEnum, GuidanceKind.OTHER);
		addEEnumLiteral(guidanceKindEEnum, GuidanceKind.TOPIC_SYNOPSIS);
		addEEnumLiteral(guidanceKindEEnum, GuidanceKind.DELIVERY_GUIDANCE);
		addEEnumLiteral(guidanceKindEEnum, GuidanceKind.ASSESSMENT_GUIDANCE);

		initEEnum(guidanceSectionKindEEnum, GuidanceSectionKind.class, "GuidanceSectionKind");
		addEEnumLiteral(guidanceSectionKindEEnum, GuidanceSectionKind.OTHER);
		addEEnumLiteral(guidanceSectionKindEEnum, GuidanceSectionKind.SYNOPSIS);
		addEEnumLiteral(guidanceSectionKindEEnum, GuidanceSectionKind.KEY_CONCEPTS);
		addEEnumLiteral(guidanceSectionKindEEnum, GuidanceSectionKind.EXAM_TIPS);
		addEEnumLiteral(guidanceSectionKindEEnum, GuidanceSectionKind.MISCONCEPTIONS);
		addEEnumLiteral(guidanceSectionKindEEnum, GuidanceSectionKind.MARKING_POINTS);

		initEEnum(reviewStateEEnum, ReviewState.class, "ReviewState");
		addEEnumLiteral(reviewStateEEnum, ReviewState.PROPOSED);
		addEEnumLiteral(reviewStateEEnum, ReviewState.ACCEPTED);
		addEEnumLiteral(reviewStateEEnum, ReviewState.QUERIED);
		addEEnumLiteral(reviewStateEEnum, ReviewState.REJECTED);

		initEEnum(coverageLevelEEnum, CoverageLevel.class, "CoverageLevel");
		addEEnumLiteral(coverageLevelEEnum, CoverageLevel.PARTIAL);
		addEEnumLiteral(coverageLevelEEnum, CoverageLevel.FULL);

		// Create resource
		createResource(eNS_URI);
	}

} //CurriculumPackageImpl
