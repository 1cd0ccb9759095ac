/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.util.Collection;

import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.PracticalSkill;
import org.curriculum.model.PracticalSkillsModule;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Practical Skills Module</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.PracticalSkillsModuleImpl#getSkills <em>Skills</em>}</li>
 *   <li>{@link org.curriculum.model.impl.PracticalSkillsModuleImpl#getAssessmentCriteria <em>Assessment Criteria</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PracticalSkillsModuleImpl extends CurriculumComponentImpl implements PracticalSkillsModule {
	/**
	 * The cached value of the '{@link #getSkills() <em>Skills</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkills()
	 * @generated
	 * @ordered
	 */
	protected EList<PracticalSkill> skills;

	/**
	 * The cached value of the '{@link #getAssessmentCriteria() <em>Assessment Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessmentCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<AssessmentCriterion> assessmentCriteria;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PracticalSkillsModuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.PRACTICAL_SKILLS_MODULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PracticalSkill> getSkills() {
		if (skills == null) {
			skills = new EObjectContainmentEList<PracticalSkill>(PracticalSkill.class, this, CurriculumPackage.PRACTICAL_SKILLS_MODULE__SKILLS);
		}
		return skills;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AssessmentCriterion> getAssessmentCriteria() {
		if (assessmentCriteria == null) {
			assessmentCriteria = new EObjectContainmentEList<AssessmentCriterion>(AssessmentCriterion.class, this, CurriculumPackage.PRACTICAL_SKILLS_MODULE__ASSESSMENT_CRITERIA);
		}
		return assessmentCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CurriculumPackage.PRACTICAL_SKILLS_MODULE__SKILLS:
				return ((InternalEList<?>)getSkills()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.PRACTICAL_SKILLS_MODULE__ASSESSMENT_CRITERIA:
				return ((InternalEList<?>)getAssessmentCriteria()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CurriculumPackage.PRACTICAL_SKILLS_MODULE__SKILLS:
				return getSkills();
			case CurriculumPackage.PRACTICAL_SKILLS_MODULE__ASSESSMENT_CRITERIA:
				return getAssessmentCriteria();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CurriculumPackage.PRACTICAL_SKILLS_MODULE__SKILLS:
				getSkills().clear();
				getSkills().addAll((Collection<? extends PracticalSkill>)newValue);
				return;
			case CurriculumPackage.PRACTICAL_SKILLS_MODULE__ASSESSMENT_CRITERIA:
				getAssessmentCriteria().clear();
				getAssessmentCriteria().addAll((Collection<? extends AssessmentCriterion>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CurriculumPackage.PRACTICAL_SKILLS_MODULE__SKILLS:
				getSkills().clear();
				return;
			case CurriculumPackage.PRACTICAL_SKILLS_MODULE__ASSESSMENT_CRITERIA:
				getAssessmentCriteria().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CurriculumPackage.PRACTICAL_SKILLS_MODULE__SKILLS:
				return skills != null && !skills.isEmpty();
			case CurriculumPackage.PRACTICAL_SKILLS_MODULE__ASSESSMENT_CRITERIA:
				return assessmentCriteria != null && !assessmentCriteria.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //PracticalSkillsModuleImpl
