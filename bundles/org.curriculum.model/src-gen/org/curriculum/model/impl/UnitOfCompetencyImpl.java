/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.util.Collection;

import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.PerformanceRequirement;
import org.curriculum.model.UnitOfCompetency;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Unit Of Competency</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.UnitOfCompetencyImpl#getFunctionalArea <em>Functional Area</em>}</li>
 *   <li>{@link org.curriculum.model.impl.UnitOfCompetencyImpl#getRange <em>Range</em>}</li>
 *   <li>{@link org.curriculum.model.impl.UnitOfCompetencyImpl#getRemark <em>Remark</em>}</li>
 *   <li>{@link org.curriculum.model.impl.UnitOfCompetencyImpl#getPerformanceRequirements <em>Performance Requirements</em>}</li>
 *   <li>{@link org.curriculum.model.impl.UnitOfCompetencyImpl#getAssessmentCriteria <em>Assessment Criteria</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UnitOfCompetencyImpl extends CurriculumComponentImpl implements UnitOfCompetency {
	/**
	 * The default value of the '{@link #getFunctionalArea() <em>Functional Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunctionalArea()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNCTIONAL_AREA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFunctionalArea() <em>Functional Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunctionalArea()
	 * @generated
	 * @ordered
	 */
	protected String functionalArea = FUNCTIONAL_AREA_EDEFAULT;

	/**
	 * The default value of the '{@link #getRange() <em>Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRange()
	 * @generated
	 * @ordered
	 */
	protected static final String RANGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRange() <em>Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRange()
	 * @generated
	 * @ordered
	 */
	protected String range = RANGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemark() <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemark()
	 * @generated
	 * @ordered
	 */
	protected static final String REMARK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemark() <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemark()
	 * @generated
	 * @ordered
	 */
	protected String remark = REMARK_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPerformanceRequirements() <em>Performance Requirements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformanceRequirements()
	 * @generated
	 * @ordered
	 */
	protected EList<PerformanceRequirement> performanceRequirements;

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
	protected UnitOfCompetencyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.UNIT_OF_COMPETENCY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFunctionalArea() {
		return functionalArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunctionalArea(String newFunctionalArea) {
		String oldFunctionalArea = functionalArea;
		functionalArea = newFunctionalArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.UNIT_OF_COMPETENCY__FUNCTIONAL_AREA, oldFunctionalArea, functionalArea));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRange() {
		return range;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRange(String newRange) {
		String oldRange = range;
		range = newRange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.UNIT_OF_COMPETENCY__RANGE, oldRange, range));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemark() {
		return remark;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemark(String newRemark) {
		String oldRemark = remark;
		remark = newRemark;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.UNIT_OF_COMPETENCY__REMARK, oldRemark, remark));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PerformanceRequirement> getPerformanceRequirements() {
		if (performanceRequirements == null) {
			performanceRequirements = new EObjectContainmentEList<PerformanceRequirement>(PerformanceRequirement.class, this, CurriculumPackage.UNIT_OF_COMPETENCY__PERFORMANCE_REQUIREMENTS);
		}
		return performanceRequirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AssessmentCriterion> getAssessmentCriteria() {
		if (assessmentCriteria == null) {
			assessmentCriteria = new EObjectContainmentEList<AssessmentCriterion>(AssessmentCriterion.class, this, CurriculumPackage.UNIT_OF_COMPETENCY__ASSESSMENT_CRITERIA);
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
			case CurriculumPackage.UNIT_OF_COMPETENCY__PERFORMANCE_REQUIREMENTS:
				return ((InternalEList<?>)getPerformanceRequirements()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.UNIT_OF_COMPETENCY__ASSESSMENT_CRITERIA:
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
			case CurriculumPackage.UNIT_OF_COMPETENCY__FUNCTIONAL_AREA:
				return getFunctionalArea();
			case CurriculumPackage.UNIT_OF_COMPETENCY__RANGE:
				return getRange();
			case CurriculumPackage.UNIT_OF_COMPETENCY__REMARK:
				return getRemark();
			case CurriculumPackage.UNIT_OF_COMPETENCY__PERFORMANCE_REQUIREMENTS:
				return getPerformanceRequirements();
			case CurriculumPackage.UNIT_OF_COMPETENCY__ASSESSMENT_CRITERIA:
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
			case CurriculumPackage.UNIT_OF_COMPETENCY__FUNCTIONAL_AREA:
				setFunctionalArea((String)newValue);
				return;
			case CurriculumPackage.UNIT_OF_COMPETENCY__RANGE:
				setRange((String)newValue);
				return;
			case CurriculumPackage.UNIT_OF_COMPETENCY__REMARK:
				setRemark((String)newValue);
				return;
			case CurriculumPackage.UNIT_OF_COMPETENCY__PERFORMANCE_REQUIREMENTS:
				getPerformanceRequirements().clear();
				getPerformanceRequirements().addAll((Collection<? extends PerformanceRequirement>)newValue);
				return;
			case CurriculumPackage.UNIT_OF_COMPETENCY__ASSESSMENT_CRITERIA:
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
			case CurriculumPackage.UNIT_OF_COMPETENCY__FUNCTIONAL_AREA:
				setFunctionalArea(FUNCTIONAL_AREA_EDEFAULT);
				return;
			case CurriculumPackage.UNIT_OF_COMPETENCY__RANGE:
				setRange(RANGE_EDEFAULT);
				return;
			case CurriculumPackage.UNIT_OF_COMPETENCY__REMARK:
				setRemark(REMARK_EDEFAULT);
				return;
			case CurriculumPackage.UNIT_OF_COMPETENCY__PERFORMANCE_REQUIREMENTS:
				getPerformanceRequirements().clear();
				return;
			case CurriculumPackage.UNIT_OF_COMPETENCY__ASSESSMENT_CRITERIA:
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
			case CurriculumPackage.UNIT_OF_COMPETENCY__FUNCTIONAL_AREA:
				return FUNCTIONAL_AREA_EDEFAULT == null ? functionalArea != null : !FUNCTIONAL_AREA_EDEFAULT.equals(functionalArea);
			case CurriculumPackage.UNIT_OF_COMPETENCY__RANGE:
				return RANGE_EDEFAULT == null ? range != null : !RANGE_EDEFAULT.equals(range);
			case CurriculumPackage.UNIT_OF_COMPETENCY__REMARK:
				return REMARK_EDEFAULT == null ? remark != null : !REMARK_EDEFAULT.equals(remark);
			case CurriculumPackage.UNIT_OF_COMPETENCY__PERFORMANCE_REQUIREMENTS:
				return performanceRequirements != null && !performanceRequirements.isEmpty();
			case CurriculumPackage.UNIT_OF_COMPETENCY__ASSESSMENT_CRITERIA:
				return assessmentCriteria != null && !assessmentCriteria.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (functionalArea: ");
		result.append(functionalArea);
		result.append(", range: ");
		result.append(range);
		result.append(", remark: ");
		result.append(remark);
		result.append(')');
		return result.toString();
	}

} //UnitOfCompetencyImpl
